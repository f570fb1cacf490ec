package example.nested;

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
 * The Retort metamodel and mapper of {@link Catalog.Item}, table {@code item}: the Core table, typed
 * attributes and relationships for queries, and the straight-line code that moves its state
 * to and from rows. Generated from the class's annotations; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class Catalog_Item_ {
    /**
     * The table {@code item}.
     */
    public static final Table TABLE = Table.builder("item")
            .home(Base_::metadata)
            .add(
                    new Column<>("id", SqlTypes.BIGINT).primaryKey(),
                    new Column<>("title", SqlTypes.string(255)))
            .build();

    public static final Attribute<Catalog.Item, Long> id = new Attribute<>(Catalog.Item.class, "id", TABLE.c("id"), 0);

    public static final Attribute<Catalog.Item, String> title = new Attribute<>(Catalog.Item.class, "title", TABLE.c("title"), 1);

    private static final List<Attribute<Catalog.Item, ?>> ATTRIBUTES = List.of(id, title);

    private static final List<Relation<Catalog.Item, ?>> RELATIONS = List.of();

    /**
     * Creates, reads and compares {@link Catalog.Item} objects for the session.
     */
    public static final EntityMapper<Catalog.Item> MAPPER = new Mapper();

    private Catalog_Item_() {
    }

    static final class Mapper implements EntityMapper<Catalog.Item> {
        @Override
        public Class<Catalog.Item> entityType() {
            return Catalog.Item.class;
        }

        @Override
        public String entityName() {
            return "Item";
        }

        @Override
        public Table table() {
            return TABLE;
        }

        @Override
        public List<Attribute<Catalog.Item, ?>> attributes() {
            return ATTRIBUTES;
        }

        @Override
        public List<Relation<Catalog.Item, ?>> relations() {
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
        public Catalog.Item newInstance(Object[] row, int offset) {
            Catalog.Item entity = new Catalog.Item();
            populate(entity, row, offset);
            return entity;
        }

        @Override
        public void populate(Catalog.Item entity, Object[] row, int offset) {
            entity.id = (Long) row[offset];
            entity.title = (String) row[offset + 1];
        }

        @Override
        public void readValues(Catalog.Item entity, Object[] target, int offset) {
            target[offset] = entity.id;
            target[offset + 1] = entity.title;
        }

        @Override
        public int changedColumns(Catalog.Item entity, Object[] snapshot, int[] changed) {
            int n = 0;
            if (!Objects.equals(entity.id, snapshot[0])) {
                changed[n++] = 0;
            }
            if (!Objects.equals(entity.title, snapshot[1])) {
                changed[n++] = 1;
            }
            return n;
        }

        @Override
        public Object get(Catalog.Item entity, int index) {
            switch (index) {
                case 0: return entity.id;
                case 1: return entity.title;
                default: throw new IndexOutOfBoundsException("Catalog.Item has no column " + index);
            }
        }

        @Override
        public void set(Catalog.Item entity, int index, Object value) {
            switch (index) {
                case 0 -> entity.id = (Long) value;
                case 1 -> entity.title = (String) value;
                default -> throw new IndexOutOfBoundsException("Catalog.Item has no column " + index);
            }
        }

        @Override
        public Object primaryKey(Catalog.Item entity) {
            return entity.id;
        }

        @Override
        public Object getRelated(Catalog.Item entity, int index) {
            switch (index) {
                default: throw new IndexOutOfBoundsException("Catalog.Item has no relationship " + index);
            }
        }

        @Override
        public void setRelated(Catalog.Item entity, int index, Object value) {
            switch (index) {
                default -> throw new IndexOutOfBoundsException("Catalog.Item has no relationship " + index);
            }
        }

        @Override
        public void applyDefaults(Catalog.Item entity) {
            // no @Column(defaultValue) on Catalog.Item
        }
    }
}
