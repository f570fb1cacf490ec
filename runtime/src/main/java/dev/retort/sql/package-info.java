/**
 * Retort Core: the SQL expression language and schema objects, SQLAlchemy's {@code sqlalchemy.sql}
 * and {@code sqlalchemy.schema}.
 *
 * <ul>
 *   <li>Schema: {@link dev.retort.sql.MetaData}, {@link dev.retort.sql.Table},
 *       {@link dev.retort.sql.Column}, {@link dev.retort.sql.ForeignKey}, constraints and
 *       {@link dev.retort.sql.Index}; types in {@link dev.retort.sql.SqlTypes}.
 *   <li>Expressions: {@link dev.retort.sql.ColumnElement} and its operators; factories in
 *       {@link dev.retort.sql.Expressions}.
 *   <li>Statements: {@link dev.retort.sql.Select}, {@link dev.retort.sql.Insert},
 *       {@link dev.retort.sql.Update}, {@link dev.retort.sql.Delete},
 *       {@link dev.retort.sql.TextClause} and the DDL statements.
 * </ul>
 *
 * <p>Everything here is immutable once built (columns are configured before they join a table)
 * and knows nothing of engines or the ORM: {@code toString()} renders generic SQL, and a
 * dialect's compiler renders the real thing. Schema operations reach a database only through the
 * {@link dev.retort.sql.Connectable} interface, which the engine implements.
 */
package dev.retort.sql;
