package dev.retort.sql;

/**
 * Something a table is made of: a {@link Column}, a {@link Constraint} or an {@link Index}. The
 * arguments of {@link MetaData#table(String, SchemaItem...)}.
 */
public interface SchemaItem {}
