package dev.retort.sql;

import java.util.Objects;
import java.util.function.Function;

/**
 * A Java type the database does not know, stored as one it does through a pair of conversion
 * functions: {@code Money} as {@code NUMERIC(12, 2)}, say. Generated code builds these from
 * {@code @Column(converter = ...)}; Core users call {@link SqlTypes#converted}.
 *
 * @param <J> the Java type the application sees
 * @param <D> the Java type of the underlying database type
 */
public final class ConvertedType<J, D> extends SqlType<J> {
    private final SqlType<D> base;
    private final Function<? super J, ? extends D> toDb;
    private final Function<? super D, ? extends J> fromDb;

    ConvertedType(Class<J> javaType, SqlType<D> base,
                  Function<? super J, ? extends D> toDb, Function<? super D, ? extends J> fromDb) {
        super(base.kind(), javaType, base.length(), base.precision(), base.scale());
        this.base = Objects.requireNonNull(base, "base");
        this.toDb = Objects.requireNonNull(toDb, "toDb");
        this.fromDb = Objects.requireNonNull(fromDb, "fromDb");
    }

    /** The database type values are stored as. */
    public SqlType<D> base() {
        return base;
    }

    @Override
    boolean takesAsIs(Object value) {
        return value == null || javaType().isInstance(value); // as coerce below
    }

    @Override
    public J coerce(Object value, String context) {
        if (value == null || javaType().isInstance(value)) {
            return javaType().cast(value);
        }
        // a value of the underlying type is accepted and converted, so Core code can bind raw values
        return fromDb.apply(base.coerce(value, context));
    }

    @Override
    public J fromDatabase(Object stored) {
        return stored == null ? null : fromDb.apply(base.fromDatabase(stored));
    }

    @Override
    public Object toDatabase(J value) {
        return value == null ? null : base.toDatabase(toDb.apply(value));
    }

    @Override
    public SqlType<?> storageType() {
        return base.storageType();
    }

    @Override
    public String toString() {
        return base + " AS " + javaType().getSimpleName();
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
