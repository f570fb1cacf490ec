package dev.retort.orm.mapping;

import dev.retort.exc.InvalidRequestException;
import dev.retort.sql.BooleanClauseList;
import dev.retort.sql.Column;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.FromClause;
import dev.retort.sql.MetaData;
import dev.retort.sql.Operator;
import dev.retort.sql.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A relationship between two mapped classes: {@code User_.addresses}, {@code Address_.user}. Used
 * for joins ({@code query.join(User_.addresses)}), loader options
 * ({@code joinedLoad(User_.addresses)}) and by the unit of work to keep foreign keys and both
 * sides in step.
 *
 * <p>Columns are named, not referenced, and resolved on first use through the target's mapper, so
 * the generated classes of two related entities never reference each other while they are being
 * initialized.
 *
 * @param <E> the owning class
 * @param <T> the related class
 */
public final class Relation<E, T> {

    /** The shape of a relationship. */
    public enum Kind {
        /** A reference to one object; the foreign key is on the owner's table. */
        MANY_TO_ONE,
        /** A collection; the foreign key is on the target's table. */
        ONE_TO_MANY,
        /** A reference to one object; the foreign key is on the target's table. */
        ONE_TO_ONE,
        /** A collection through an association table. */
        MANY_TO_MANY
    }

    /** The Java type of a collection-valued relationship field. */
    public enum CollectionType { /** A {@code List} or {@code Collection} field. */ LIST, /** A {@code Set} field. */ SET }

    /** One ORDER BY item of a collection: an attribute of the target, ascending or descending. */
    public record Ordering(String attribute, boolean descending) {}

    private final Class<E> ownerType;
    private final String name;
    private final int index;
    private final Kind kind;
    private final Class<T> targetType;
    private final MappedBase base;
    private volatile EntityMapper<T> target;
    private final Table ownerTable;
    private final List<String> localColumns;
    private final List<String> remoteColumns;
    private final String secondaryName;
    private final List<String> secondaryLocal;
    private final List<String> secondaryRemote;
    private final String backPopulates;
    private final List<Ordering> orderBy;
    private final LoadStrategy lazy;
    private final Set<CascadeOption> cascade;
    private final CollectionType collectionType;
    private final boolean hasField;
    private volatile Resolved resolved;

    private Relation(Builder<E, T> b) {
        this.ownerType = b.ownerType;
        this.name = b.name;
        this.index = b.index;
        this.kind = b.kind;
        this.targetType = b.targetType;
        this.base = b.base;
        this.ownerTable = Objects.requireNonNull(b.ownerTable, "owner table");
        this.localColumns = List.copyOf(b.localColumns);
        this.remoteColumns = List.copyOf(b.remoteColumns);
        this.secondaryName = b.secondaryName;
        this.secondaryLocal = List.copyOf(b.secondaryLocal);
        this.secondaryRemote = List.copyOf(b.secondaryRemote);
        this.backPopulates = b.backPopulates;
        this.orderBy = List.copyOf(b.orderBy);
        this.lazy = b.lazy;
        this.cascade = b.cascade.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(b.cascade));
        this.collectionType = b.collectionType;
        this.hasField = b.hasField;
        if (localColumns.size() != remoteColumns.size() || localColumns.isEmpty()) {
            throw new IllegalArgumentException("Relation " + this + " needs as many local as remote columns");
        }
    }

    /**
     * Starts a relation; used by generated code.
     *
     * @param ownerType the owning class
     * @param name the relationship's attribute name
     * @param index its position in the owner's {@link EntityMapper#relations()}
     * @param kind its shape
     * @param targetType the related class
     * @param base the base of both classes, which gives the related class's mapper when the
     *     relationship is first used ({@link MappedBase#mapperOf}): the metamodel names no other
     *     entity's metamodel, so initializing it initializes no other
     */
    public static <E, T> Builder<E, T> builder(Class<E> ownerType, String name, int index, Kind kind,
            Class<T> targetType, MappedBase base) {
        return new Builder<>(ownerType, name, index, kind, targetType, base);
    }

    /** Builds a {@link Relation}. */
    public static final class Builder<E, T> {
        private final Class<E> ownerType;
        private final String name;
        private final int index;
        private final Kind kind;
        private final Class<T> targetType;
        private final MappedBase base;
        private Table ownerTable;
        private List<String> localColumns = List.of();
        private List<String> remoteColumns = List.of();
        private String secondaryName;
        private List<String> secondaryLocal = List.of();
        private List<String> secondaryRemote = List.of();
        private String backPopulates;
        private final List<Ordering> orderBy = new ArrayList<>();
        private LoadStrategy lazy = LoadStrategy.SELECT;
        private final Set<CascadeOption> cascade = EnumSet.of(CascadeOption.SAVE_UPDATE, CascadeOption.MERGE);
        private CollectionType collectionType;
        private boolean hasField = true;

        private Builder(Class<E> ownerType, String name, int index, Kind kind, Class<T> targetType,
                MappedBase base) {
            this.ownerType = Objects.requireNonNull(ownerType);
            this.name = Objects.requireNonNull(name);
            this.index = index;
            this.kind = Objects.requireNonNull(kind);
            this.targetType = Objects.requireNonNull(targetType);
            this.base = Objects.requireNonNull(base);
            this.collectionType = kind == Kind.ONE_TO_MANY || kind == Kind.MANY_TO_MANY ? CollectionType.LIST : null;
        }

        /** The owner's table. */
        public Builder<E, T> ownerTable(Table table) {
            this.ownerTable = table;
            return this;
        }

        /**
         * The join columns. Many-to-one: the owner's foreign key columns and the target columns they
         * reference. One-to-many and one-to-one: the owner's referenced columns and the target's
         * foreign key columns. Many-to-many: the owner's and the target's key columns (see
         * {@link #secondary}).
         */
        public Builder<E, T> join(List<String> local, List<String> remote) {
            this.localColumns = local;
            this.remoteColumns = remote;
            return this;
        }

        /** Single-column form of {@link #join(List, List)}. */
        public Builder<E, T> join(String local, String remote) {
            return join(List.of(local), List.of(remote));
        }

        /**
         * For many-to-many: the association table, its columns referencing the owner's key columns
         * and its columns referencing the target's.
         */
        public Builder<E, T> secondary(String table, List<String> toOwner, List<String> toTarget) {
            this.secondaryName = table;
            this.secondaryLocal = toOwner;
            this.secondaryRemote = toTarget;
            return this;
        }

        /** The mirror relationship's name on the target. */
        public Builder<E, T> backPopulates(String name) {
            this.backPopulates = name;
            return this;
        }

        /** Adds an ORDER BY item for the collection. */
        public Builder<E, T> orderBy(String attribute, boolean descending) {
            this.orderBy.add(new Ordering(attribute, descending));
            return this;
        }

        /** The loading strategy. */
        public Builder<E, T> lazy(LoadStrategy strategy) {
            this.lazy = strategy;
            return this;
        }

        /** The cascades (replacing the default SAVE_UPDATE, MERGE). */
        public Builder<E, T> cascade(CascadeOption... options) {
            this.cascade.clear();
            this.cascade.addAll(List.of(options));
            return this;
        }

        /** The collection field's type, for collection-valued relationships. */
        public Builder<E, T> collectionType(CollectionType type) {
            this.collectionType = type;
            return this;
        }

        /** Marks a relationship that exists only in the metamodel (declared by a backref), with no field. */
        public Builder<E, T> withoutField() {
            this.hasField = false;
            return this;
        }

        /**
         * The relation.
         *
         * @throws IllegalArgumentException when no join columns were given, or not as many local as
         *     remote ones
         */
        public Relation<E, T> build() {
            return new Relation<>(this);
        }
    }

    // ------------------------------------------------------------------ description

    /** The owning class, on which the relationship is declared. */
    public Class<E> ownerType() {
        return ownerType;
    }

    /** The attribute name ({@code addresses}). */
    public String name() {
        return name;
    }

    /** The position in the owner's {@link EntityMapper#relations()}. */
    public int index() {
        return index;
    }

    /** The shape: many-to-one, one-to-many, one-to-one or many-to-many. */
    public Kind kind() {
        return kind;
    }

    /** The related class. */
    public Class<T> targetType() {
        return targetType;
    }

    /** The related class's mapper. */
    @SuppressWarnings("unchecked")
    public EntityMapper<T> targetMapper() {
        EntityMapper<T> m = target;
        if (m == null) {
            m = (EntityMapper<T>) base.mapperOf(targetType);
            if (m == null) {
                throw new IllegalStateException("Relation " + this + ": " + targetType.getName()
                        + " is not an entity of " + base.baseType().getName());
            }
            target = m;
        }
        return m;
    }

    /** Whether the relationship holds a collection. */
    public boolean isCollection() {
        return kind == Kind.ONE_TO_MANY || kind == Kind.MANY_TO_MANY;
    }

    /** The collection field's type, or {@code null} for references. */
    public CollectionType collectionType() {
        return collectionType;
    }

    /** Whether the owner class has a field for it (false for the far side of a backref). */
    public boolean hasField() {
        return hasField;
    }

    /** The name of the mirror relationship on the target, or {@code null}. */
    public String backPopulates() {
        return backPopulates;
    }

    /** The mirror relationship on the target, or {@code null}. */
    @SuppressWarnings("unchecked")
    public Relation<T, E> reverse() {
        if (backPopulates == null) {
            return null;
        }
        Relation<T, ?> r = targetMapper().relation(backPopulates);
        return (Relation<T, E>) r;
    }

    /** The ORDER BY items a collection is loaded in, in order; empty for no particular order. */
    public List<Ordering> orderBy() {
        return orderBy;
    }

    /** How the relationship loads unless a query's {@link dev.retort.orm.LoaderOption} says otherwise. */
    public LoadStrategy lazy() {
        return lazy;
    }

    /** Whether the session operation {@code option} follows this relationship. */
    public boolean cascades(CascadeOption option) {
        return cascade.contains(option);
    }

    /** The session operations that follow this relationship (by default SAVE_UPDATE and MERGE). */
    public Set<CascadeOption> cascade() {
        return cascade;
    }

    // ------------------------------------------------------------------ resolved columns

    private record Resolved(List<Column<?>> local, List<Column<?>> remote, Table secondary,
            List<Column<?>> secondaryLocal, List<Column<?>> secondaryRemote) {}

    private Resolved resolved() {
        Resolved r = resolved;
        if (r == null) {
            Table targetTable = targetMapper().table();
            Table secondary = null;
            List<Column<?>> sl = List.of();
            List<Column<?>> sr = List.of();
            if (secondaryName != null) {
                MetaData md = ownerTable.metadata();
                if (md == null) {
                    throw new InvalidRequestException("The association table '" + secondaryName + "' of " + this
                            + " cannot be found: table '" + ownerTable.fullName() + "' belongs to no MetaData");
                }
                secondary = md.getTable(secondaryName);
                sl = columns(secondary, secondaryLocal);
                sr = columns(secondary, secondaryRemote);
            }
            r = new Resolved(columns(ownerTable, localColumns), columns(targetTable, remoteColumns), secondary, sl, sr);
            resolved = r;
        }
        return r;
    }

    private static List<Column<?>> columns(Table t, List<String> names) {
        List<Column<?>> cols = new ArrayList<>(names.size());
        for (String n : names) {
            cols.add(t.c(n));
        }
        return Collections.unmodifiableList(cols);
    }

    /** The owner's join columns (see {@link Builder#join}). */
    public List<Column<?>> localColumns() {
        return resolved().local();
    }

    /** The target's join columns. */
    public List<Column<?>> remoteColumns() {
        return resolved().remote();
    }

    /** The association table of a many-to-many relationship, or {@code null}. */
    public Table secondary() {
        return resolved().secondary();
    }

    /** The association table's columns referencing the owner's key. */
    public List<Column<?>> secondaryLocalColumns() {
        return resolved().secondaryLocal();
    }

    /** The association table's columns referencing the target's key. */
    public List<Column<?>> secondaryRemoteColumns() {
        return resolved().secondaryRemote();
    }

    /**
     * The ON condition from {@code owner} (the owner's table or an alias of it) to {@code target}
     * (the target's table or an alias); for many-to-many, from the association table to the target.
     */
    public ColumnElement<Boolean> joinCondition(FromClause owner, FromClause target) {
        Resolved r = resolved();
        if (kind == Kind.MANY_TO_MANY) {
            return pairs(r.secondaryRemote(), r.remote(), r.secondary(), target);
        }
        return pairs(r.local(), r.remote(), owner, target);
    }

    /** For many-to-many, the ON condition from {@code owner} to the association table. */
    public ColumnElement<Boolean> secondaryJoinCondition(FromClause owner) {
        return secondaryJoinCondition(owner, resolved().secondary());
    }

    /**
     * For many-to-many, the ON condition from {@code owner} to {@code secondary} (the association
     * table or an alias of it).
     */
    public ColumnElement<Boolean> secondaryJoinCondition(FromClause owner, FromClause secondary) {
        Resolved r = resolved();
        if (kind != Kind.MANY_TO_MANY) {
            throw new InvalidRequestException(this + " has no association table");
        }
        return pairs(r.local(), r.secondaryLocal(), owner, secondary);
    }

    /**
     * For many-to-many, the ON condition from {@code secondary} (the association table or an
     * alias of it) to {@code target} (the target's table or an alias).
     */
    public ColumnElement<Boolean> secondaryTargetCondition(FromClause secondary, FromClause target) {
        Resolved r = resolved();
        if (kind != Kind.MANY_TO_MANY) {
            throw new InvalidRequestException(this + " has no association table");
        }
        return pairs(r.secondaryRemote(), r.remote(), secondary, target);
    }

    @SuppressWarnings("unchecked")
    private static ColumnElement<Boolean> pairs(List<Column<?>> left, List<Column<?>> right, FromClause leftFrom,
            FromClause rightFrom) {
        List<ColumnElement<Boolean>> conds = new ArrayList<>(left.size());
        for (int i = 0; i < left.size(); i++) {
            Column<Object> l = (Column<Object>) corresponding(leftFrom, left.get(i));
            Column<Object> rc = (Column<Object>) corresponding(rightFrom, right.get(i));
            conds.add(l.eq(rc));
        }
        return BooleanClauseList.of(Operator.AND, conds);
    }

    private static Column<?> corresponding(FromClause from, Column<?> base) {
        for (Column<?> c : from.columns()) {
            if (c.baseColumn() == base) {
                return c;
            }
        }
        throw new InvalidRequestException("Column " + base + " is not part of " + from);
    }

    @Override
    public String toString() {
        return ownerType.getSimpleName() + "." + name;
    }
}
