package dev.retort.sql;

import java.util.Objects;

/**
 * A value sent to the database separately from the SQL text. Anonymous parameters (made by
 * operators: {@code users.c("id").eq(5)}) get a unique name at compile time ({@code :id_1});
 * named ones ({@link dev.retort.Retort#bindParam}, INSERT and UPDATE values) keep their name.
 *
 * @param <T> the Java type of the value
 */
public final class BindParameter<T> extends ColumnElement<T> {
    private final String key;
    private final T value;
    private final SqlType<T> type;
    private final boolean unique;
    private final boolean hasValue;

    private BindParameter(String key, T value, SqlType<T> type, boolean unique, boolean hasValue) {
        this.key = Objects.requireNonNull(key, "key");
        this.value = value;
        this.type = Objects.requireNonNull(type, "type");
        this.unique = unique;
        this.hasValue = hasValue;
    }

    /** An anonymous parameter: named {@code key_N} at compile time. */
    public static <T> BindParameter<T> anonymous(String key, T value, SqlType<T> type) {
        return new BindParameter<>(key, value, type, true, true);
    }

    /** A named parameter with a value. */
    public static <T> BindParameter<T> named(String key, T value, SqlType<T> type) {
        return new BindParameter<>(key, value, type, false, true);
    }

    /** A named parameter whose value is supplied at execution time. */
    public static <T> BindParameter<T> required(String key, SqlType<T> type) {
        return new BindParameter<>(key, null, type, false, false);
    }

    /** The name, or the name's stem for anonymous parameters. */
    public String key() {
        return key;
    }

    /** The value; {@code null} when none was given ({@link #hasValue()}). */
    public T value() {
        return value;
    }

    /** Whether a value was given at construction; otherwise it is supplied at execution. */
    public boolean hasValue() {
        return hasValue;
    }

    /** Whether the name is made unique at compile time. */
    public boolean isUnique() {
        return unique;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }


    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitBindParameter(this);
    }
}
