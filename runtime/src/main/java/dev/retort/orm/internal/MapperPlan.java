package dev.retort.orm.internal;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Feature;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.BindParameter;
import dev.retort.sql.BooleanClauseList;
import dev.retort.sql.Column;
import dev.retort.sql.ColumnElement;
import dev.retort.sql.Operator;
import dev.retort.sql.Select;
import dev.retort.sql.Sequence;
import dev.retort.sql.Table;
import dev.retort.sql.compile.Compiled;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statements the unit of work runs for one mapped class, compiled once for the dialect and
 * reused by every session of a factory: INSERT with and without the generated key column, DELETE
 * by key (and version), SELECT by key, and one UPDATE per set of changed columns, each compiled
 * on first use. Also the column positions of every relationship's join columns. Thread-safe.
 *
 * @param <E> the mapped class
 */
public final class MapperPlan<E> {
    final EntityMapper<E> mapper;
    final Table table;
    final int columns;
    final int[] primaryKey;
    final int autoincrement;
    final int version;
    /**
     * Where the flush takes new keys from before the INSERT: the key column's sequence when the
     * dialect has {@link Feature#SEQUENCES}; {@code null} when the database generates them.
     */
    final Sequence sequence;
    // Compiled on first use: a class that is only looked up never compiles its INSERT or DELETE.
    // Racing threads may each compile one; the statements are equal and immutable.
    private volatile Compiled insertAll;
    private volatile Compiled insertGenerated;
    private volatile Compiled delete;
    private volatile Compiled selectByKey;
    /** Positions of the columns with a server DEFAULT (not the key): left out of an INSERT when null. */
    final int[] serverDefaults;
    /**
     * Whether a flush writes nothing into a new object of the class but the key the database
     * generates for it: no client-side default, no server default read back, no version counter,
     * no sequence key. Then the flush need not copy its values to put them back should it fail.
     */
    final boolean insertWritesOnlyGeneratedKey;
    /** Per relationship: positions of its local join columns in the owner's table. */
    final int[][] localIndexes;
    /** Per relationship: positions of its remote join columns in the target's table. */
    final int[][] remoteIndexes;
    /** Per relationship: whether its remote join columns are the target's primary key, in its order (an identity-map lookup finds the target). */
    final boolean[] joinsTargetKey;
    /** Whether the class has relationships (a loaded object of a class without any needs no set-up). */
    final boolean hasRelations;
    private final Dialect dialect;
    private final Map<Object, Compiled> updates = new ConcurrentHashMap<>();
    private final Map<List<Integer>, Compiled> partialInserts = new ConcurrentHashMap<>();
    /** Compiled IN-list loads: by (relation index + 1, or 0 for by key) and padded key count. */
    private final Map<Long, Compiled> inLoads = new ConcurrentHashMap<>();
    private final Map<List<String>, Compiled> columnInserts = new ConcurrentHashMap<>();

    MapperPlan(EntityMapper<E> mapper, Dialect dialect) {
        this.mapper = mapper;
        this.dialect = dialect;
        this.table = mapper.table();
        this.columns = table.columns().size();
        this.primaryKey = mapper.primaryKeyIndexes();
        this.autoincrement = mapper.autoincrementIndex();
        this.version = mapper.versionIndex();
        this.sequence = autoincrement >= 0 && dialect.supports(Feature.SEQUENCES)
                ? table.columns().get(autoincrement).sequence() : null;
        int[] defaults = new int[columns];
        int n = 0;
        for (int i = 0; i < columns; i++) {
            if (i != autoincrement && table.columns().get(i).serverDefault() != null) {
                defaults[n++] = i;
            }
        }
        this.serverDefaults = Arrays.copyOf(defaults, n);
        boolean clientDefaults = false;
        for (int i = 0; i < columns; i++) {
            clientDefaults |= table.columns().get(i).defaultValue() != null;
        }
        this.insertWritesOnlyGeneratedKey = !clientDefaults && n == 0 && version < 0 && sequence == null;
        List<Relation<E, ?>> relations = mapper.relations();
        this.localIndexes = new int[relations.size()][];
        this.remoteIndexes = new int[relations.size()][];
        this.joinsTargetKey = new boolean[relations.size()];
        this.hasRelations = !relations.isEmpty();
        for (Relation<E, ?> r : relations) {
            localIndexes[r.index()] = positions(table, r.localColumns());
            remoteIndexes[r.index()] = positions(r.targetMapper().table(), r.remoteColumns());
            joinsTargetKey[r.index()] = Arrays.equals(remoteIndexes[r.index()], r.targetMapper().primaryKeyIndexes());
        }
    }

    private static int[] positions(Table t, List<Column<?>> cols) {
        int[] p = new int[cols.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = t.columns().indexOf(cols.get(i));
        }
        return p;
    }

    /** {@code DELETE FROM t WHERE pk = :pk_pk [AND version = :version_old]}. */
    Compiled delete() {
        Compiled c = delete;
        if (c == null) {
            delete = c = dialect.sqlCompiler().compile(table.delete().where(keyCondition(true)));
        }
        return c;
    }

    /** {@code SELECT every column FROM t WHERE pk = :pk_pk}. */
    Compiled selectByKey() {
        Compiled c = selectByKey;
        if (c == null) {
            selectByKey = c = dialect.sqlCompiler().compile(Select.of(table).where(keyCondition(false)));
        }
        return c;
    }

    /**
     * An INSERT of every column except {@code omitted} (positions, ascending; the key column
     * among them when the database generates it), compiled once per set.
     */
    Compiled insert(List<Integer> omitted) {
        if (omitted.isEmpty()) {
            Compiled c = insertAll;
            if (c == null) {
                insertAll = c = dialect.sqlCompiler().compile(table.insert(), table.columns().keys());
            }
            return c;
        }
        if (omitted.size() == 1 && omitted.get(0) == autoincrement) {
            Compiled c = insertGenerated;
            if (c == null) {
                List<String> rest = new ArrayList<>(table.columns().keys());
                rest.remove(autoincrement);
                insertGenerated = c = dialect.sqlCompiler().compile(table.insert(), rest);
            }
            return c;
        }
        return partialInserts.computeIfAbsent(omitted, o -> {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < columns; i++) {
                if (!o.contains(i)) {
                    names.add(table.columns().get(i).name());
                }
            }
            return dialect.sqlCompiler().compile(table.insert(), names);
        });
    }

    /**
     * The SELECT that loads the targets of relationship {@code relation} (or, with {@code -1},
     * this class's rows) for {@code keys} keys (a padded count), compiled once per count.
     */
    Compiled inLoad(int relation, int keys) {
        Long k = ((long) (relation + 1) << 32) | keys;
        Compiled c = inLoads.get(k);
        if (c == null) {
            c = inLoads.computeIfAbsent(k, x -> dialect.sqlCompiler().compile(relation < 0
                    ? InLoads.byKey(mapper, primaryKey, keys)
                    : InLoads.related(mapper.relations().get(relation), keys)));
        }
        return c;
    }

    /** An INSERT of exactly {@code names} (columns, in table order), compiled once per list. */
    Compiled insertColumns(List<String> names) {
        Compiled c = columnInserts.get(names);
        if (c == null) {
            c = columnInserts.computeIfAbsent(List.copyOf(names), n -> dialect.sqlCompiler().compile(table.insert(), n));
        }
        return c;
    }

    /** {@code pk1 = :pk_pk1 AND ... [AND version = :version_old]}, parameters in that order. */
    @SuppressWarnings("unchecked")
    private ColumnElement<Boolean> keyCondition(boolean withVersion) {
        List<ColumnElement<Boolean>> conds = new ArrayList<>();
        for (int i : primaryKey) {
            Column<Object> c = (Column<Object>) table.columns().get(i);
            conds.add(c.eq(BindParameter.required("pk_" + c.name(), c.type())));
        }
        if (withVersion && version >= 0) {
            Column<Object> v = (Column<Object>) table.columns().get(version);
            conds.add(v.eq(BindParameter.required("version_old", v.type())));
        }
        return BooleanClauseList.of(Operator.AND, conds);
    }

    /**
     * {@code UPDATE t SET c1 = ?, ... WHERE pk = ? [AND version = ?]} for the changed columns
     * (positions, ascending; the version column included when versioned), compiled once per set.
     */
    Compiled update(int[] changed, int count) {
        Object key = count <= 0 ? 0L : setKey(changed, count);
        return updates.computeIfAbsent(key, k -> compileUpdate(Arrays.copyOf(changed, count)));
    }

    private static Object setKey(int[] changed, int count) {
        if (changed[count - 1] < 64) {
            long bits = 0;
            for (int i = 0; i < count; i++) {
                bits |= 1L << changed[i];
            }
            return bits;
        }
        return List.of(Arrays.stream(changed, 0, count).boxed().toArray());
    }

    private Compiled compileUpdate(int[] changed) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i : changed) {
            Column<?> c = table.columns().get(i);
            values.put(c.name(), BindParameter.required(c.name(), c.type()));
        }
        return dialect.sqlCompiler().compile(table.update().values(values).where(keyCondition(true)));
    }

    /** The primary key of the row values {@code row[offset...]}: a value, a list, or null when unset. */
    Object keyOf(Object[] row, int offset) {
        if (primaryKey.length == 1) {
            return row[offset + primaryKey[0]];
        }
        Object[] k = new Object[primaryKey.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = row[offset + primaryKey[i]];
            if (k[i] == null) {
                return null;
            }
        }
        return List.of(k);
    }
}
