/**
 * The ORM: SQLAlchemy's Session in Java. A {@link dev.retort.orm.SessionFactory} (the seed's
 * {@code sessionmaker}) opens {@link dev.retort.orm.Session}s; a session keeps an identity map
 * (one object per primary key), tracks what changes, and writes it in one ordered, batched unit of
 * work at flush or commit; a {@link dev.retort.orm.Query} loads objects and rows.
 *
 * <p>The mapped classes come from generated code ({@code User_}, {@code Base_}); nothing is found
 * by reflection. The ORM speaks SQL only through {@code dev.retort.sql} statements and knows no
 * particular database: it asks the dialect for capabilities.
 */
package dev.retort.orm;
