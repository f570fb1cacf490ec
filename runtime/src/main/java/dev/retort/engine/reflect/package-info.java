/**
 * Reflection and introspection: what a live database holds, read back as Retort objects.
 * {@link dev.retort.engine.reflect.Inspector} (SQLAlchemy's {@code Inspector}) lists schemas,
 * tables, columns, keys and indexes as small records, and builds {@link dev.retort.sql.Table}s
 * from them into a {@link dev.retort.sql.MetaData} ({@code metadata.reflectTable("user", engine)}
 * ends here).
 *
 * <p>It reads only JDBC's {@link java.sql.DatabaseMetaData}, and asks the
 * {@link dev.retort.dialect.Dialect} how to turn names ({@code normalizeName}), type codes
 * ({@code reflectType}), referential rules ({@code reflectReferentialAction}) and index names
 * ({@code isConstraintIndex}) into Retort's. It gets its connections through
 * {@link dev.retort.engine.reflect.JdbcAccess}, which the engine implements, and knows nothing
 * else of the engine.
 *
 * <p>Depends on {@code dev.retort.sql}, {@code dev.retort.dialect} and {@code dev.retort.exc};
 * called by the engine ({@code inspect(engine)}, {@code Connectable.reflectTable}).
 */
package dev.retort.engine.reflect;
