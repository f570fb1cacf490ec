package example.queries;

import dev.retort.orm.mapping.Attribute;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.NamedQuery;
import dev.retort.orm.mapping.QueryRunner;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.Column;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The Retort metamodel and mapper of {@link Parent}, table {@code left}: the Core table, typed
 * attributes and relationships for queries, and the straight-line code that moves its state
 * to and from rows. Generated from the class's annotations; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class Parent_ {
    /**
     * The table {@code left}.
     */
    public static final Table TABLE = Table.builder("left")
            .home(Base_::metadata)
            .add(
                    new Column<>("id", SqlTypes.BIGINT).primaryKey(),
                    new Column<>("name", SqlTypes.string(255)))
            .build();

    public static final Attribute<Parent, Long> id = new Attribute<>(Parent.class, "id", TABLE.c("id"), 0);

    public static final Attribute<Parent, String> name = new Attribute<>(Parent.class, "name", TABLE.c("name"), 1);

    private static final List<Attribute<Parent, ?>> ATTRIBUTES = List.of(id, name);

    private static final List<Relation<Parent, ?>> RELATIONS = List.of();

    /**
     * Creates, reads and compares {@link Parent} objects for the session.
     */
    public static final EntityMapper<Parent> MAPPER = new Mapper();

    /**
     * The named query {@code named}, checked against the schema at compile time.
     */
    public static final NamedQuery<Parent> NAMED = NamedQuery.entities("named",
            "SELECT p.id, p.name FROM \"left\" p WHERE p.name LIKE :pattern -- \\:notAParameter",
            () -> MAPPER,
            List.of(
                    new NamedQuery.Param("pattern", name.type())),
            new int[] {0, 1});

    private Parent_() {
    }

    /**
     * The {@link Parent} objects of:
     * <pre>
     * SELECT p.id, p.name FROM "left" p WHERE p.name LIKE :pattern -- :notAParameter
     * </pre>
     */
    public static List<Parent> named(QueryRunner runner, String pattern) {
        return runner.list(NAMED, pattern);
    }

    static final class Mapper implements EntityMapper<Parent> {
        @Override
        public Class<Parent> entityType() {
            return Parent.class;
        }

        @Override
        public String entityName() {
            return "Parent";
        }

        @Override
        public Table table() {
            return TABLE;
        }

        @Override
        public List<Attribute<Parent, ?>> attributes() {
            return ATTRIBUTES;
        }

        @Override
        public List<Relation<Parent, ?>> relations() {
            return RELATIONS;
        }

        @Override
        public int[] primaryKeyIndexes() {
            return new int[] {0};
        }

        @Override
        public int autoincrementIndex() {
            return 0;
        }

        @Override
        public int versionIndex() {
            return -1;
        }

        @Override
        public boolean isImmutable() {
            return false;
        }

        @Override
        public Parent newInstance(Object[] row, int offset) {
            Parent entity = new Parent();
            populate(entity, row, offset);
            return entity;
        }

        @Override
        public void populate(Parent entity, Object[] row, int offset) {
            entity.id = (Long) row[offset];
            entity.name = (String) row[offset + 1];
        }

        @Override
        public void readValues(Parent entity, Object[] target, int offset) {
            target[offset] = entity.id;
            target[offset + 1] = entity.name;
        }

        @Override
        public int changedColumns(Parent entity, Object[] snapshot, int[] changed) {
            int n = 0;
            if (!Objects.equals(entity.id, snapshot[0])) {
                changed[n++] = 0;
            }
            if (!Objects.equals(entity.name, snapshot[1])) {
                changed[n++] = 1;
            }
            return n;
        }

        @Override
        public Object get(Parent entity, int index) {
            switch (index) {
                case 0: return entity.id;
                case 1: return entity.name;
                default: throw new IndexOutOfBoundsException("Parent has no column " + index);
            }
        }

        @Override
        public void set(Parent entity, int index, Object value) {
            switch (index) {
                case 0 -> entity.id = (Long) value;
                case 1 -> entity.name = (String) value;
                default -> throw new IndexOutOfBoundsException("Parent has no column " + index);
            }
        }

        @Override
        public Object primaryKey(Parent entity) {
            return entity.id;
        }

        @Override
        public Object getRelated(Parent entity, int index) {
            switch (index) {
                default: throw new IndexOutOfBoundsException("Parent has no relationship " + index);
            }
        }

        @Override
        public void setRelated(Parent entity, int index, Object value) {
            switch (index) {
                default -> throw new IndexOutOfBoundsException("Parent has no relationship " + index);
            }
        }

        @Override
        public void applyDefaults(Parent entity) {
            // no @Column(defaultValue) on Parent
        }
    }
}
