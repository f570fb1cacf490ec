package dev.retort.orm;

import dev.retort.exc.ArgumentException;
import dev.retort.orm.mapping.Attribute;
import dev.retort.sql.Alias;
import dev.retort.sql.Column;
import dev.retort.sql.Table;
import java.util.Objects;

/**
 * A mapped class under another name in one query (SQLAlchemy's {@code aliased}): for self-joins,
 * and to name the objects in result rows.
 *
 * <pre>{@code
 * Aliased<User> ua = aliased(User.class, "user_alias");
 * for (Row row : session.query(ua, ua.get(User_.name))) {
 *     User u = (User) row.get("user_alias");
 * }
 * }</pre>
 *
 * @param <E> the mapped class
 */
public final class Aliased<E> {
    private final Class<E> type;
    private final String name;
    private volatile Alias alias;

    /**
     * An alias of mapped class {@code type} called {@code name}; {@link dev.retort.Retort#aliased}
     * is the short form.
     *
     * @param type the mapped class
     * @param name the alias name, used as the SQL table alias and as the key of the objects in rows
     */
    public Aliased(Class<E> type, String name) {
        this.type = Objects.requireNonNull(type, "type");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The mapped class this is an alias of. */
    public Class<E> type() {
        return type;
    }

    /** The alias name; rows key the objects by it. */
    public String name() {
        return name;
    }

    /** The aliased attribute, usable in the query's columns and criteria: {@code ua.get(User_.name)}. */
    public <T> Column<T> get(Attribute<E, T> attribute) {
        return alias((Table) attribute.column().table()).corresponding(attribute.column());
    }

    /** The SQL alias of {@code table} (the class's table), made on first use. */
    public Alias alias(Table table) {
        Alias a = alias;
        if (a == null) {
            synchronized (this) {
                a = alias;
                if (a == null) {
                    a = table.alias(name);
                    alias = a;
                }
            }
        }
        if (a.table() != table) {
            throw new ArgumentException("Alias " + name + " is of table " + a.table().name() + ", not "
                    + table.name());
        }
        return a;
    }

    @Override
    public String toString() {
        return "aliased(" + type.getSimpleName() + ", " + name + ")";
    }
}
