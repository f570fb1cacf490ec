/**
 * From the compiler's elements to the model: {@link dev.retort.processor.parse.EntityParser} reads
 * {@code @Table} classes (and classical mappings), {@code MemberParser} their fields,
 * {@link dev.retort.processor.parse.TypeMapping} the Java-to-SQL type table,
 * {@link dev.retort.processor.parse.Naming} default names. The only stage that touches
 * {@code javax.lang.model}; it records source positions in {@link dev.retort.processor.parse.Sites}.
 */
package dev.retort.processor.parse;
