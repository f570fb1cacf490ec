package dev.retort.orm.mapping;

import dev.retort.exc.ArgumentException;
import dev.retort.sql.Column;
import dev.retort.sql.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The part of an {@link EntityMapper} that is the same for every mapped class: the facts about
 * it, held in fields, and {@link #primaryKey} and {@link #applyDefaults}, written once over
 * {@link #get} and {@link #set}. Generated mappers ({@code User_.Mapper}) extend it, pass the facts
 * to the constructor and write only the straight-line code that moves state between objects and
 * rows (every method of a generated class costs javac some 30 KB to compile, however short). The
 * accessors are final field reads, as cheap as the constant-returning methods they replace.
 *
 * <p>A subclass's {@link #get} and {@link #set} reach the relationship fields as well as the
 * columns: the columns by their index, then relationship {@code r} at the number of columns plus
 * {@code r}. {@link #getRelated} and {@link #setRelated} are written once here over them, one
 * switch per direction instead of two (javac compiles each method of a generated class at some
 * 40 KB, however short).
 *
 * @param <E> the mapped class
 */
public abstract class GeneratedMapper<E> implements EntityMapper<E> {
    private final Class<E> entityType;
    private final String entityName;
    private final Table table;
    private final List<Attribute<E, ?>> attributes;
    private final List<Relation<E, ?>> relations;
    private final int[] primaryKeyIndexes;
    private final int autoincrementIndex;
    private final int versionIndex;
    private final boolean immutable;
    /** The number of columns: relationship {@code r}'s index in {@link #get} and {@link #set} is this plus {@code r}. */
    private final int columnCount;
    private final int relationCount;
    /** The positions of the columns with a client-side default ({@link Column#defaultValue()}). */
    private final int[] defaultIndexes;

    /**
     * Holds the facts about one mapped class. The attributes and relationships come as arrays, not
     * lists: an array creation is a standalone expression javac attributes once, where a
     * {@code List.of(...)} call in argument position is resolved among its overloads and inferred,
     * which cost about a sixth of compiling the generated code.
     *
     * @param entityType the mapped class
     * @param entityName its simple name ({@link #entityName()})
     * @param table its table
     * @param attributes the column attributes of {@code entityType}, in table column order (copied)
     * @param relations the relationships of {@code entityType}, in declaration order (copied)
     * @param primaryKeyIndexes the indexes of the primary key columns (copied)
     * @param autoincrementIndex the column the database generates, or -1
     * @param versionIndex the version counter column, or -1
     * @param immutable whether objects are immutable (records)
     * @throws ArgumentException if an attribute or relationship belongs to another class
     */
    protected GeneratedMapper(Class<E> entityType, String entityName, Table table, Attribute<?, ?>[] attributes,
            Relation<?, ?>[] relations, int[] primaryKeyIndexes, int autoincrementIndex, int versionIndex,
            boolean immutable) {
        this.entityType = entityType;
        this.entityName = entityName;
        this.table = table;
        this.attributes = own(entityType, attributes);
        this.relations = own(entityType, relations);
        this.primaryKeyIndexes = primaryKeyIndexes.clone();
        this.autoincrementIndex = autoincrementIndex;
        this.versionIndex = versionIndex;
        this.immutable = immutable;
        this.columnCount = attributes.length;
        this.relationCount = relations.length;
        this.defaultIndexes = defaultIndexes(table, immutable);
    }

    /** The positions of {@code table}'s columns with a client-side default; none for immutable classes. */
    private static int[] defaultIndexes(Table table, boolean immutable) {
        int[] indexes = new int[table.columns().size()];
        int n = 0;
        for (int i = 0; !immutable && i < indexes.length; i++) {
            if (table.columns().get(i).defaultValue() != null) {
                indexes[n++] = i;
            }
        }
        return Arrays.copyOf(indexes, n);
    }

    /** The attributes as a list of {@code entityType}'s, after checking that each is. */
    @SuppressWarnings("unchecked")
    private static <E> List<Attribute<E, ?>> own(Class<E> entityType, Attribute<?, ?>[] attributes) {
        for (Attribute<?, ?> a : attributes) {
            if (a.entityType() != entityType) {
                throw new ArgumentException(a + " is not an attribute of " + entityType.getName());
            }
        }
        return (List<Attribute<E, ?>>) (List<?>) List.of(attributes);
    }

    /** The relationships as a list of {@code entityType}'s, after checking that each is. */
    @SuppressWarnings("unchecked")
    private static <E> List<Relation<E, ?>> own(Class<E> entityType, Relation<?, ?>[] relations) {
        for (Relation<?, ?> r : relations) {
            if (r.ownerType() != entityType) {
                throw new ArgumentException(r + " is not a relationship of " + entityType.getName());
            }
        }
        return (List<Relation<E, ?>>) (List<?>) List.of(relations);
    }

    @Override
    public final Class<E> entityType() {
        return entityType;
    }

    @Override
    public final String entityName() {
        return entityName;
    }

    @Override
    public final Table table() {
        return table;
    }

    @Override
    public final List<Attribute<E, ?>> attributes() {
        return attributes;
    }

    @Override
    public final List<Relation<E, ?>> relations() {
        return relations;
    }

    /** {@inheritDoc} A new array on each call, as callers may keep it. */
    @Override
    public final int[] primaryKeyIndexes() {
        return primaryKeyIndexes.clone();
    }

    @Override
    public final int autoincrementIndex() {
        return autoincrementIndex;
    }

    @Override
    public final int versionIndex() {
        return versionIndex;
    }

    @Override
    public final boolean isImmutable() {
        return immutable;
    }

    /**
     * {@inheritDoc} Reads the key columns with {@link #get}: the value of the one key column, or
     * {@code List.of} the values of a composite key, {@code null} while any of them is. Generated
     * mappers override this only for a primitive key the database generates, unset while it is zero.
     */
    @Override
    public Object primaryKey(E entity) {
        if (primaryKeyIndexes.length == 1) {
            return get(entity, primaryKeyIndexes[0]);
        }
        Object[] values = new Object[primaryKeyIndexes.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = get(entity, primaryKeyIndexes[i]);
            if (values[i] == null) {
                return null;
            }
        }
        return List.of(values);
    }

    /**
     * {@inheritDoc} Sets each column that has a {@link Column#defaultValue() default} (the table's,
     * from {@code @Column(defaultValue)}) and reads {@code null} to that default, with {@link #set}.
     * Primitive fields are never {@code null}; records are left alone (their defaults are the
     * table's, applied by the INSERT).
     */
    @Override
    public void applyDefaults(E entity) {
        for (int i : defaultIndexes) {
            if (get(entity, i) == null) {
                Supplier<?> value = table.columns().get(i).defaultValue();
                set(entity, i, value.get());
            }
        }
    }

    /**
     * Whether a column's current value differs from its snapshot ({@code !Objects.equals}): the
     * comparison of generated {@code changedColumns} methods for object-typed fields.
     */
    protected static boolean differs(Object value, Object snapshot) {
        return !Objects.equals(value, snapshot);
    }

    /**
     * {@inheritDoc} Reads it with {@link #get}, where relationship {@code index} comes after the
     * columns.
     */
    @Override
    public Object getRelated(E entity, int index) {
        return get(entity, columnCount + relationIndex(index));
    }

    /**
     * {@inheritDoc} Writes it with {@link #set}, where relationship {@code index} comes after the
     * columns.
     */
    @Override
    public void setRelated(E entity, int index, Object value) {
        set(entity, columnCount + relationIndex(index), value);
    }

    private int relationIndex(int index) {
        if (index < 0 || index >= relationCount) {
            throw new IndexOutOfBoundsException(entityName + " has no relationship " + index);
        }
        return index;
    }
}
