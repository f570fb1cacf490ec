package example.seed;

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
 * The Retort metamodel and mapper of {@link User}, table {@code users}: the Core table, typed
 * attributes and relationships for queries, and the straight-line code that moves its state
 * to and from rows. Generated from the class's annotations; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class User_ {
    /**
     * The table {@code users}.
     */
    public static final Table TABLE = Table.builder("users")
            .home(Base_::metadata)
            .add(
                    new Column<>("id", SqlTypes.BIGINT).primaryKey(),
                    new Column<>("name", SqlTypes.string(255)),
                    new Column<>("fullname", SqlTypes.string(100)).nullable(false),
                    new Column<>("password", SqlTypes.string(255)))
            .build();

    public static final Attribute<User, Long> id = new Attribute<>(User.class, "id", TABLE.c("id"), 0);

    public static final Attribute<User, String> name = new Attribute<>(User.class, "name", TABLE.c("name"), 1);

    public static final Attribute<User, String> fullname = new Attribute<>(User.class, "fullname", TABLE.c("fullname"), 2);

    public static final Attribute<User, String> password = new Attribute<>(User.class, "password", TABLE.c("password"), 3);

    public static final Relation<User, Address> addresses = Relation.builder(User.class, "addresses", 0,
                    Relation.Kind.ONE_TO_MANY, Address.class, () -> Address_.MAPPER)
            .ownerTable(TABLE)
            .join("id", "user_id")
            .backPopulates("user")
            .orderBy("id", false)
            .build();

    private static final List<Attribute<User, ?>> ATTRIBUTES = List.of(id, name, fullname, password);

    private static final List<Relation<User, ?>> RELATIONS = List.of(addresses);

    /**
     * Creates, reads and compares {@link User} objects for the session.
     */
    public static final EntityMapper<User> MAPPER = new Mapper();

    private User_() {
    }

    static final class Mapper implements EntityMapper<User> {
        @Override
        public Class<User> entityType() {
            return User.class;
        }

        @Override
        public String entityName() {
            return "User";
        }

        @Override
        public Table table() {
            return TABLE;
        }

        @Override
        public List<Attribute<User, ?>> attributes() {
            return ATTRIBUTES;
        }

        @Override
        public List<Relation<User, ?>> relations() {
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
        public User newInstance(Object[] row, int offset) {
            User entity = new User();
            populate(entity, row, offset);
            return entity;
        }

        @Override
        public void populate(User entity, Object[] row, int offset) {
            entity.id = (Long) row[offset];
            entity.name = (String) row[offset + 1];
            entity.fullname = (String) row[offset + 2];
            entity.password = (String) row[offset + 3];
        }

        @Override
        public void readValues(User entity, Object[] target, int offset) {
            target[offset] = entity.id;
            target[offset + 1] = entity.name;
            target[offset + 2] = entity.fullname;
            target[offset + 3] = entity.password;
        }

        @Override
        public int changedColumns(User entity, Object[] snapshot, int[] changed) {
            int n = 0;
            if (!Objects.equals(entity.id, snapshot[0])) {
                changed[n++] = 0;
            }
            if (!Objects.equals(entity.name, snapshot[1])) {
                changed[n++] = 1;
            }
            if (!Objects.equals(entity.fullname, snapshot[2])) {
                changed[n++] = 2;
            }
            if (!Objects.equals(entity.password, snapshot[3])) {
                changed[n++] = 3;
            }
            return n;
        }

        @Override
        public Object get(User entity, int index) {
            switch (index) {
                case 0: return entity.id;
                case 1: return entity.name;
                case 2: return entity.fullname;
                case 3: return entity.password;
                default: throw new IndexOutOfBoundsException("User has no column " + index);
            }
        }

        @Override
        public void set(User entity, int index, Object value) {
            switch (index) {
                case 0 -> entity.id = (Long) value;
                case 1 -> entity.name = (String) value;
                case 2 -> entity.fullname = (String) value;
                case 3 -> entity.password = (String) value;
                default -> throw new IndexOutOfBoundsException("User has no column " + index);
            }
        }

        @Override
        public Object primaryKey(User entity) {
            return entity.id;
        }

        @Override
        public Object getRelated(User entity, int index) {
            switch (index) {
                case 0: return entity.addresses;
                default: throw new IndexOutOfBoundsException("User has no relationship " + index);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public void setRelated(User entity, int index, Object value) {
            switch (index) {
                case 0 -> entity.addresses = (List<Address>) value;
                default -> throw new IndexOutOfBoundsException("User has no relationship " + index);
            }
        }

        @Override
        public void applyDefaults(User entity) {
            // no @Column(defaultValue) on User
        }
    }
}
