/**
 * The ORM's machinery: per-object state ({@link dev.retort.orm.internal.EntityState}), the weak
 * identity map, the unit of work that orders and batches a flush, the loader that turns rows into
 * objects and installs lazy collections, and the compiled-statement cache per mapper.
 *
 * <p>Internal: used by {@code dev.retort.orm} only; its API may change at any time. Like the rest
 * of the ORM it speaks SQL only through {@code dev.retort.sql} statements executed on a
 * {@code dev.retort.engine.Connection}, and asks the dialect for capabilities, never for names.
 */
package dev.retort.orm.internal;
