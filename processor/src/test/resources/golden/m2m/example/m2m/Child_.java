package example.m2m;

import dev.retort.orm.mapping.Attribute;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.Column;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The Retort metamodel and mapper of {@link Child}, table {@code right}: the Core table, typed
 * attributes and relationships for queries, and the straight-line code that moves its state
 * to and from rows. Generated from the class's annotations; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class Child_ {
    /**
     * The table {@code right}.
     */
    public static final Table TABLE = Table.builder("right")
            .home(Base_::metadata)
            .add(
                    new Column<>("id", SqlTypes.BIGINT).primaryKey())
            .build();

    public static final Attribute<Child, Long> id = new Attribute<>(Child.class, "id", TABLE.c("id"), 0);

    public static final Relation<Child, Parent> parents = Relation.builder(Child.class, "parents", 0,
                    Relation.Kind.MANY_TO_MANY, Parent.class, () -> Parent_.MAPPER)
            .ownerTable(TABLE)
            .join("id", "id")
            .secondary("association", List.of("right_id"), List.of("left_id"))
            .backPopulates("children")
            .withoutField()
            .build();

    private static final List<Attribute<Child, ?>> ATTRIBUTES = List.of(id);

    private static final List<Relation<Child, ?>> RELATIONS = List.of(parents);

    /**
     * Creates, reads and compares {@link Child} objects for the session.
     */
    public static final EntityMapper<Child> MAPPER = new Mapper();

    private Child_() {
    }

    static final class Mapper implements EntityMapper<Child> {
        @Override
        public Class<Child> entityType() {
            return Child.class;
        }

        @Override
        public String entityName() {
            return "Child";
        }

        @Override
        public Table table() {
            return TABLE;
        }

        @Override
        public List<Attribute<Child, ?>> attributes() {
            return ATTRIBUTES;
        }

        @Override
        public List<Relation<Child, ?>> relations() {
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
        public Child newInstance(Object[] row, int offset) {
            Child entity = new Child();
            populate(entity, row, offset);
            return entity;
        }

        @Override
        public void populate(Child entity, Object[] row, int offset) {
            entity.id = (Long) row[offset];
        }

        @Override
        public void readValues(Child entity, Object[] target, int offset) {
            target[offset] = entity.id;
        }

        @Override
        public int changedColumns(Child entity, Object[] snapshot, int[] changed) {
            int n = 0;
            if (!Objects.equals(entity.id, snapshot[0])) {
                changed[n++] = 0;
            }
            return n;
        }

        @Override
        public Object get(Child entity, int index) {
            switch (index) {
                case 0: return entity.id;
                default: throw new IndexOutOfBoundsException("Child has no column " + index);
            }
        }

        @Override
        public void set(Child entity, int index, Object value) {
            switch (index) {
                case 0 -> entity.id = (Long) value;
                default -> throw new IndexOutOfBoundsException("Child has no column " + index);
            }
        }

        @Override
        public Object primaryKey(Child entity) {
            return entity.id;
        }

        @Override
        public Object getRelated(Child entity, int index) {
            switch (index) {
                case 0: throw new UnsupportedOperationException("Child.parents is declared by a backref on Parent and has no field");
                default: throw new IndexOutOfBoundsException("Child has no relationship " + index);
            }
        }

        @Override
        public void setRelated(Child entity, int index, Object value) {
            switch (index) {
                case 0 -> throw new UnsupportedOperationException("Child.parents is declared by a backref on Parent and has no field");
                default -> throw new IndexOutOfBoundsException("Child has no relationship " + index);
            }
        }

        @Override
        public void applyDefaults(Child entity) {
            // no @Column(defaultValue) on Child
        }
    }
}
