package dev.retort.orm.mapping;

import dev.retort.sql.ClauseElement;
import dev.retort.sql.Column;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.SqlType;
import dev.retort.sql.SqlVisitor;
import dev.retort.sql.Table;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A mapped column attribute of an entity, as a typed expression: {@code User_.name} is an
 * {@code Attribute<User, String>}. Usable wherever a column is, in ORM queries and Core statements
 * alike; it renders as its column ({@code users.name}).
 *
 * <pre>{@code
 * session.query(User.class).filter(User_.name.eq("ed")).orderBy(User_.id).all();
 * conn.execute(select(User_.name).where(User_.id.gt(5L)));
 * }</pre>
 *
 * @param <E> the entity type
 * @param <T> the attribute's Java type
 */
public final class Attribute<E, T> extends ColumnElement<T> {
    private final Class<E> entityType;
    private final String name;
    private final Column<T> column;
    private final int index;

    /**
     * @param entityType the mapped class
     * @param name the Java attribute (field) name
     * @param column the table column
     * @param index the column's position in the table (and in the mapper's value arrays)
     */
    public Attribute(Class<E> entityType, String name, Column<T> column, int index) {
        this.entityType = Objects.requireNonNull(entityType, "entityType");
        this.name = Objects.requireNonNull(name, "name");
        this.column = Objects.requireNonNull(column, "column");
        this.index = index;
    }

    /**
     * The attribute of column {@code column} of {@code table}; what generated metamodels call (a
     * constructor, not a generic method call per attribute, is what javac compiles fastest).
     *
     * @param entityType the mapped class
     * @param name the Java attribute (field) name
     * @param table the entity's table
     * @param column the column's name in it
     * @param index the column's position in the table (and in the mapper's value arrays)
     */
    public Attribute(Class<E> entityType, String name, Table table, String column, int index) {
        this(entityType, name, table.<T>c(column), index);
    }

    /** The mapped class. */
    public Class<E> entityType() {
        return entityType;
    }

    /** The Java attribute name ({@code emailAddress}). */
    public String name() {
        return name;
    }

    /** The table column ({@code email_address}). */
    public Column<T> column() {
        return column;
    }

    /** The column's position in the table and in the mapper's value arrays. */
    public int index() {
        return index;
    }

    @Override
    public SqlType<T> type() {
        return column.type();
    }

    @Override
    public Column<?> asColumn() {
        return column;
    }

    @Override
    public String anonName() {
        return column.name();
    }

    @Override
    protected String describe() {
        return "attribute " + entityType.getSimpleName() + "." + name;
    }

    @Override
    public void children(Consumer<ClauseElement> consumer) {
        consumer.accept(column);
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitColumn(column);
    }

    @Override
    public String toString() {
        return entityType.getSimpleName() + "." + name;
    }
}
