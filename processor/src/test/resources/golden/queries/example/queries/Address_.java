package example.queries;

import dev.retort.engine.Row;
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
 * The Retort metamodel and mapper of {@link Address}, table {@code addresses}: the Core table, typed
 * attributes and relationships for queries, and the straight-line code that moves its state
 * to and from rows. Generated from the class's annotations; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class Address_ {
    /**
     * The table {@code addresses}.
     */
    public static final Table TABLE = Table.builder("addresses")
            .home(Base_::metadata)
            .add(
                    new Column<>("id", SqlTypes.BIGINT).primaryKey(),
                    new Column<>("email_address", SqlTypes.string(100)).nullable(false),
                    new Column<>("user_id", SqlTypes.BIGINT).foreignKey("left.id"))
            .build();

    public static final Attribute<Address, Long> id = new Attribute<>(Address.class, "id", TABLE.c("id"), 0);

    public static final Attribute<Address, String> emailAddress = new Attribute<>(Address.class, "emailAddress", TABLE.c("email_address"), 1);

    public static final Attribute<Address, Long> userId = new Attribute<>(Address.class, "userId", TABLE.c("user_id"), 2);

    private static final List<Attribute<Address, ?>> ATTRIBUTES = List.of(id, emailAddress, userId);

    private static final List<Relation<Address, ?>> RELATIONS = List.of();

    /**
     * Creates, reads and compares {@link Address} objects for the session.
     */
    public static final EntityMapper<Address> MAPPER = new Mapper();

    /**
     * The named query {@code byEmail}, checked against the schema at compile time.
     */
    public static final NamedQuery<Address> BY_EMAIL = NamedQuery.entities("byEmail",
            "SELECT * FROM addresses WHERE email_address = :email",
            () -> MAPPER,
            List.of(
                    new NamedQuery.Param("email", emailAddress.type())),
            new int[] {0, 1, 2});

    /**
     * The named query {@code emailsOf}, checked against the schema at compile time.
     */
    public static final NamedQuery<Row> EMAILS_OF = NamedQuery.rows("emailsOf",
            "SELECT email_address FROM addresses WHERE user_id = :userId ORDER BY id",
            List.of(
                    new NamedQuery.Param("userId", userId.type())));

    /**
     * The named query {@code forget}, checked against the schema at compile time.
     */
    public static final NamedQuery<Integer> FORGET = NamedQuery.update("forget",
            "DELETE FROM addresses WHERE user_id = :userId AND email_address <> :keep",
            List.of(
                    new NamedQuery.Param("userId", userId.type()),
                    new NamedQuery.Param("keep", emailAddress.type())));

    private Address_() {
    }

    /**
     * The {@link Address} objects of:
     * <pre>
     * SELECT * FROM addresses WHERE email_address = :email
     * </pre>
     */
    public static List<Address> byEmail(QueryRunner runner, String email) {
        return runner.list(BY_EMAIL, email);
    }

    /**
     * The rows of:
     * <pre>
     * SELECT email_address FROM addresses WHERE user_id = :userId ORDER BY id
     * </pre>
     */
    public static List<Row> emailsOf(QueryRunner runner, Long userId) {
        return runner.list(EMAILS_OF, userId);
    }

    /**
     * Runs the following, returning the number of rows changed:
     * <pre>
     * DELETE FROM addresses WHERE user_id = :userId AND email_address &lt;&gt; :keep
     * </pre>
     */
    public static int forget(QueryRunner runner, Long userId, String keep) {
        return runner.update(FORGET, userId, keep);
    }

    static final class Mapper implements EntityMapper<Address> {
        @Override
        public Class<Address> entityType() {
            return Address.class;
        }

        @Override
        public String entityName() {
            return "Address";
        }

        @Override
        public Table table() {
            return TABLE;
        }

        @Override
        public List<Attribute<Address, ?>> attributes() {
            return ATTRIBUTES;
        }

        @Override
        public List<Relation<Address, ?>> relations() {
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
        public Address newInstance(Object[] row, int offset) {
            Address entity = new Address();
            populate(entity, row, offset);
            return entity;
        }

        @Override
        public void populate(Address entity, Object[] row, int offset) {
            entity.id = (Long) row[offset];
            entity.emailAddress = (String) row[offset + 1];
            entity.userId = (Long) row[offset + 2];
        }

        @Override
        public void readValues(Address entity, Object[] target, int offset) {
            target[offset] = entity.id;
            target[offset + 1] = entity.emailAddress;
            target[offset + 2] = entity.userId;
        }

        @Override
        public int changedColumns(Address entity, Object[] snapshot, int[] changed) {
            int n = 0;
            if (!Objects.equals(entity.id, snapshot[0])) {
                changed[n++] = 0;
            }
            if (!Objects.equals(entity.emailAddress, snapshot[1])) {
                changed[n++] = 1;
            }
            if (!Objects.equals(entity.userId, snapshot[2])) {
                changed[n++] = 2;
            }
            return n;
        }

        @Override
        public Object get(Address entity, int index) {
            switch (index) {
                case 0: return entity.id;
                case 1: return entity.emailAddress;
                case 2: return entity.userId;
                default: throw new IndexOutOfBoundsException("Address has no column " + index);
            }
        }

        @Override
        public void set(Address entity, int index, Object value) {
            switch (index) {
                case 0 -> entity.id = (Long) value;
                case 1 -> entity.emailAddress = (String) value;
                case 2 -> entity.userId = (Long) value;
                default -> throw new IndexOutOfBoundsException("Address has no column " + index);
            }
        }

        @Override
        public Object primaryKey(Address entity) {
            return entity.id;
        }

        @Override
        public Object getRelated(Address entity, int index) {
            switch (index) {
                default: throw new IndexOutOfBoundsException("Address has no relationship " + index);
            }
        }

        @Override
        public void setRelated(Address entity, int index, Object value) {
            switch (index) {
                default -> throw new IndexOutOfBoundsException("Address has no relationship " + index);
            }
        }

        @Override
        public void applyDefaults(Address entity) {
            // no @Column(defaultValue) on Address
        }
    }
}
