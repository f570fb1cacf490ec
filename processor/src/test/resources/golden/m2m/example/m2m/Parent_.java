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
                    new Column<>("id", SqlTypes.BIGINT).primaryKey())
            .build();

    public static final Attribute<Parent, Long> id = new Attribute<>(Parent.class, "id", TABLE.c("id"), 0);

    public static final Relation<Parent, Child> children = Relation.builder(Parent.class, "children", 0,
                    Relation.Kind.MANY_TO_MANY, Child.class, () -> Child_.MAPPER)
            .ownerTable(TABLE)
            .join("id", "id")
            .secondary("association", List.of("left_id"), List.of("right_id"))
            .backPopulates("parents")
            .build();

    private static final List<Attribute<Parent, ?>> ATTRIBUTES = List.of(id);

    private static final List<Relation<Parent, ?>> RELATIONS = List.of(children);

    /**
     * Creates, reads and compares {@link Parent} objects for the session.
     */
    public static final EntityMapper<Parent> MAPPER = new Mapper();

    private Parent_() {
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
        }

        @Override
        public void readValues(Parent entity, Object[] target, int offset) {
            target[offset] = entity.id;
        }

        @Override
        public int changedColumns(Parent entity, Object[] snapshot, int[] changed) {
            int n = 0;
            if (!Objects.equals(entity.id, snapshot[0])) {
                changed[n++] = 0;
            }
            return n;
        }

        @Override
        public Object get(Parent entity, int index) {
            switch (index) {
                case 0: return entity.id;
                default: throw new IndexOutOfBoundsException("Parent has no column " + index);
            }
        }

        @Override
        public void set(Parent entity, int index, Object value) {
            switch (index) {
                case 0 -> entity.id = (Long) value;
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
                case 0: return entity.children;
                default: throw new IndexOutOfBoundsException("Parent has no relationship " + index);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public void setRelated(Parent entity, int index, Object value) {
            switch (index) {
                case 0 -> entity.children = (List<Child>) value;
                default -> throw new IndexOutOfBoundsException("Parent has no relationship " + index);
            }
        }

        @Override
        public void applyDefaults(Parent entity) {
            // no @Column(defaultValue) on Parent
        }
    }
}
