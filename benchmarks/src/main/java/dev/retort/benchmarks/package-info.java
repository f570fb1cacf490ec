/**
 * JMH benchmarks of Retort's write and read paths against hand-written JDBC and Hibernate, all on
 * one embedded in-memory Derby database per JVM; {@link dev.retort.benchmarks.BenchmarkMain} runs
 * them and prints each contender's median time as a ratio to JDBC batching. See
 * {@code benchmarks/README.md}.
 */
package dev.retort.benchmarks;
