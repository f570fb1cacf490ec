package example.tree;

import dev.retort.orm.mapping.Attribute;
import dev.retort.orm.mapping.CascadeOption;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.LoadStrategy;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.Column;
import dev.retort.sql.ReferentialAction;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The Retort metamodel and mapper of {@link Node}, table {@code nodes}: the Core table, typed
 * attributes and relationships for queries, and the straight-line code that moves its state
 * to and from rows. Generated from the class's annotations; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class Node_ {
    /**
     * The table {@code nodes}.
     */
    public static final Table TABLE = Table.builder("nodes")
            .home(Base_::metadata)
            .add(
                    new Column<>("id", SqlTypes.BIGINT).primaryKey(),
                    new Column<>("parent_id", SqlTypes.BIGINT).foreignKey("nodes.id", ReferentialAction.CASCADE),
                    new Column<>("name", SqlTypes.string(255)))
            .build();

    public static final Attribute<Node, Long> id = new Attribute<>(Node.class, "id", TABLE.c("id"), 0);

    public static final Attribute<Node, Long> parentId = new Attribute<>(Node.class, "parentId", TABLE.c("parent_id"), 1);

    public static final Attribute<Node, String> name = new Attribute<>(Node.class, "name", TABLE.c("name"), 2);

    public static final Relation<Node, Node> children = Relation.builder(Node.class, "children", 0,
                    Relation.Kind.ONE_TO_MANY, Node.class, () -> Node_.MAPPER)
            .ownerTable(TABLE)
            .join("id", "parent_id")
            .backPopulates("parent")
            .orderBy("name", true)
            .orderBy("id", false)
            .lazy(LoadStrategy.SELECTIN)
            .cascade(CascadeOption.SAVE_UPDATE, CascadeOption.MERGE, CascadeOption.DELETE, CascadeOption.DELETE_ORPHAN, CascadeOption.REFRESH, CascadeOption.EXPUNGE)
            .collectionType(Relation.CollectionType.SET)
            .build();

    public static final Relation<Node, Node> parent = Relation.builder(Node.class, "parent", 1,
                    Relation.Kind.MANY_TO_ONE, Node.class, () -> Node_.MAPPER)
            .ownerTable(TABLE)
            .join("parent_id", "id")
            .backPopulates("children")
            .build();

    private static final List<Attribute<Node, ?>> ATTRIBUTES = List.of(id, parentId, name);

    private static final List<Relation<Node, ?>> RELATIONS = List.of(children, parent);

    /**
     * Creates, reads and compares {@link Node} objects for the session.
     */
    public static final EntityMapper<Node> MAPPER = new Mapper();

    private Node_() {
    }

    static final class Mapper implements EntityMapper<Node> {
        @Override
        public Class<Node> entityType() {
            return Node.class;
        }

        @Override
        public String entityName() {
            return "Node";
        }

        @Override
        public Table table() {
            return TABLE;
        }

        @Override
        public List<Attribute<Node, ?>> attributes() {
            return ATTRIBUTES;
        }

        @Override
        public List<Relation<Node, ?>> relations() {
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
        public Node newInstance(Object[] row, int offset) {
            Node entity = new Node();
            populate(entity, row, offset);
            return entity;
        }

        @Override
        public void populate(Node entity, Object[] row, int offset) {
            entity.id = (Long) row[offset];
            entity.parentId = (Long) row[offset + 1];
            entity.name = (String) row[offset + 2];
        }

        @Override
        public void readValues(Node entity, Object[] target, int offset) {
            target[offset] = entity.id;
            target[offset + 1] = entity.parentId;
            target[offset + 2] = entity.name;
        }

        @Override
        public int changedColumns(Node entity, Object[] snapshot, int[] changed) {
            int n = 0;
            if (!Objects.equals(entity.id, snapshot[0])) {
                changed[n++] = 0;
            }
            if (!Objects.equals(entity.parentId, snapshot[1])) {
                changed[n++] = 1;
            }
            if (!Objects.equals(entity.name, snapshot[2])) {
                changed[n++] = 2;
            }
            return n;
        }

        @Override
        public Object get(Node entity, int index) {
            switch (index) {
                case 0: return entity.id;
                case 1: return entity.parentId;
                case 2: return entity.name;
                default: throw new IndexOutOfBoundsException("Node has no column " + index);
            }
        }

        @Override
        public void set(Node entity, int index, Object value) {
            switch (index) {
                case 0 -> entity.id = (Long) value;
                case 1 -> entity.parentId = (Long) value;
                case 2 -> entity.name = (String) value;
                default -> throw new IndexOutOfBoundsException("Node has no column " + index);
            }
        }

        @Override
        public Object primaryKey(Node entity) {
            return entity.id;
        }

        @Override
        public Object getRelated(Node entity, int index) {
            switch (index) {
                case 0: return entity.children;
                case 1: return entity.parent;
                default: throw new IndexOutOfBoundsException("Node has no relationship " + index);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public void setRelated(Node entity, int index, Object value) {
            switch (index) {
                case 0 -> entity.children = (Set<Node>) value;
                case 1 -> entity.parent = (Node) value;
                default -> throw new IndexOutOfBoundsException("Node has no relationship " + index);
            }
        }

        @Override
        public void applyDefaults(Node entity) {
            // no @Column(defaultValue) on Node
        }
    }
}
