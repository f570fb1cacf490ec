package dev.retort.processor.model;

/**
 * A {@code @Query} as declared.
 *
 * @param name the generated method's name
 * @param sql the SQL with {@code :name} parameters
 * @param site where it was declared
 */
public record QueryModel(String name, String sql, Site site) {}
