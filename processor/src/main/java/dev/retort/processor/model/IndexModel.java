package dev.retort.processor.model;

import java.util.List;

/**
 * A multi-column index or UNIQUE constraint from {@code @Table(indexes/uniqueConstraints)}.
 *
 * @param name the name, or {@code null} for the default
 * @param columns the columns as written (attribute or column names)
 * @param unique for an index: whether it is UNIQUE
 * @param constraint true for a UNIQUE constraint, false for an index
 * @param site where it was declared
 */
public record IndexModel(String name, List<String> columns, boolean unique, boolean constraint, Site site) {}
