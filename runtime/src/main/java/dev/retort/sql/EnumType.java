package dev.retort.sql;

import dev.retort.exc.ArgumentException;
import dev.retort.exc.TypeMismatchException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An enumerated type, stored as {@code VARCHAR(n)} (n = the longest value) with a
 * {@code CHECK (col IN (...))} constraint, as SQLAlchemy's {@code Enum('a', 'b', 'c')}. Values are
 * either plain strings ({@link SqlTypes#enumType(String...)}) or the constants of a Java enum
 * ({@link SqlTypes#enumType(Enum[])}), stored by {@link Enum#name()}.
 *
 * @param <T> {@code String} or the Java enum type
 */
public final class EnumType<T> extends SqlType<T> {
    private final List<String> values;
    private final Map<String, T> byName;
    private final Function<T, String> nameOf;

    private EnumType(Class<T> javaType, List<String> values, Map<String, T> byName, Function<T, String> nameOf) {
        super(TypeKind.ENUM, javaType, longest(values), null, null);
        this.values = values;
        this.byName = byName;
        this.nameOf = nameOf;
    }

    private static int longest(List<String> values) {
        int max = 1;
        for (String v : values) {
            max = Math.max(max, v.length());
        }
        return max;
    }

    static EnumType<String> ofStrings(String... values) {
        if (values.length == 0) {
            throw new ArgumentException("An enum type needs at least one value");
        }
        List<String> list = List.of(values);
        Map<String, String> map = new HashMap<>();
        for (String v : list) {
            map.put(v, v);
        }
        return new EnumType<>(String.class, list, map, Function.identity());
    }

    static <E extends Enum<E>> EnumType<E> ofEnum(Class<E> type, E[] constants) {
        List<String> names = new ArrayList<>(constants.length);
        Map<String, E> map = new HashMap<>();
        for (E e : constants) {
            names.add(e.name());
            map.put(e.name(), e);
        }
        return new EnumType<>(type, Collections.unmodifiableList(names), map, Enum::name);
    }

    /** The allowed values as stored, in declaration order. */
    public List<String> values() {
        return values;
    }

    @Override
    public T coerce(Object value, String context) {
        if (value == null) {
            return null;
        }
        T v;
        if (javaType().isInstance(value)) {
            v = javaType().cast(value);
            if (byName.containsKey(nameOf.apply(v))) {
                return v;
            }
        } else if (value instanceof String && byName.containsKey(value)) {
            return byName.get(value);
        }
        throw new TypeMismatchException("Value " + describe(value) + " is not valid for " + context
                + "; allowed values are " + values);
    }

    @Override
    public T fromDatabase(Object stored) {
        if (stored == null) {
            return null;
        }
        T v = byName.get(stored.toString());
        if (v == null) {
            throw new TypeMismatchException("The database holds '" + stored + "', which is not one of "
                    + values + " for enum type " + javaType().getSimpleName());
        }
        return v;
    }

    @Override
    public Object toDatabase(T value) {
        return value == null ? null : nameOf.apply(value);
    }

    @Override
    public SqlType<?> storageType() {
        return SqlTypes.string(length());
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("ENUM(");
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "'" : ", '").append(values.get(i)).append('\'');
        }
        return b.append(')').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnumType && ((EnumType<?>) o).javaType() == javaType()
                && ((EnumType<?>) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return javaType().hashCode() * 31 + values.hashCode();
    }
}
