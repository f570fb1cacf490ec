/**
 * The processor's model: immutable records describing declarative bases, entities, columns,
 * relationships and named queries. Built by {@code parse} from the compiler's elements, completed by
 * {@code validate}, read by {@code write}. Nothing from {@code javax.lang.model} appears here or in
 * the stages after it; source positions travel as {@link dev.retort.processor.model.Site}s.
 */
package dev.retort.processor.model;
