/**
 * JMH benchmarks of Retort against its peers (hand-written JDBC, Hibernate, jOOQ, MyBatis, Jdbi):
 * one class per workload ({@code W1BulkInsert} ... {@code W6Graph}, {@code Select}), one
 * benchmark method per library, each run in its own JVM on the same database (embedded Derby, or
 * PostgreSQL at {@code RETORT_BENCH_URL}); {@link dev.retort.benchmarks.ColdStart} times the cold
 * starts in fresh JVMs; {@link dev.retort.benchmarks.BenchmarkMain} runs it all and prints each
 * library's median as a ratio to JDBC. See {@code benchmarks/README.md}.
 */
package dev.retort.benchmarks;
