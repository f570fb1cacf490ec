/**
 * The contract between generated code and the ORM runtime. For each mapped class the annotation
 * processor writes a metamodel class ({@code User_}) holding the {@link dev.retort.sql.Table},
 * typed {@link dev.retort.orm.mapping.Attribute}s, {@link dev.retort.orm.mapping.Relation}
 * descriptors and a nested {@link dev.retort.orm.mapping.EntityMapper}; for each declarative base a
 * {@link dev.retort.orm.mapping.MappedBase} ({@code Base_}) listing them, found through
 * {@code META-INF/services}.
 *
 * <p>Everything the session needs to create, read, write and compare objects goes through the
 * mapper's straight-line generated methods: no reflection.
 *
 * <p>Depends on {@code dev.retort.sql}; used by generated code and by {@code dev.retort.orm}.
 */
package dev.retort.orm.mapping;
