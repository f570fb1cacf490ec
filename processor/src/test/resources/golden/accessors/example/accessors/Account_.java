package example.accessors;

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
 * The Retort metamodel and mapper of {@link Account}, table {@code accounts}: the Core table, typed
 * attributes and relationships for queries, and the straight-line code that moves its state
 * to and from rows. Generated from the class's annotations; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class Account_ {
    /**
     * The table {@code accounts}.
     */
    public static final Table TABLE = Table.builder("accounts")
            .home(Base_::metadata)
            .add(
                    new Column<>("id", SqlTypes.INTEGER).primaryKey(),
                    new Column<>("login", SqlTypes.string(255)).nullable(false).unique(),
                    new Column<>("active", SqlTypes.BOOLEAN).nullable(false),
                    new Column<>("nickname", SqlTypes.string(255)))
            .build();

    public static final Attribute<Account, Integer> id = new Attribute<>(Account.class, "id", TABLE.c("id"), 0);

    public static final Attribute<Account, String> login = new Attribute<>(Account.class, "login", TABLE.c("login"), 1);

    public static final Attribute<Account, Boolean> active = new Attribute<>(Account.class, "active", TABLE.c("active"), 2);

    public static final Attribute<Account, String> nickname = new Attribute<>(Account.class, "nickname", TABLE.c("nickname"), 3);

    private static final List<Attribute<Account, ?>> ATTRIBUTES = List.of(id, login, active, nickname);

    private static final List<Relation<Account, ?>> RELATIONS = List.of();

    /**
     * Creates, reads and compares {@link Account} objects for the session.
     */
    public static final EntityMapper<Account> MAPPER = new Mapper();

    private Account_() {
    }

    static final class Mapper implements EntityMapper<Account> {
        @Override
        public Class<Account> entityType() {
            return Account.class;
        }

        @Override
        public String entityName() {
            return "Account";
        }

        @Override
        public Table table() {
            return TABLE;
        }

        @Override
        public List<Attribute<Account, ?>> attributes() {
            return ATTRIBUTES;
        }

        @Override
        public List<Relation<Account, ?>> relations() {
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
        public Account newInstance(Object[] row, int offset) {
            Account entity = new Account();
            populate(entity, row, offset);
            return entity;
        }

        @Override
        public void populate(Account entity, Object[] row, int offset) {
            entity.setId((Integer) row[offset]);
            entity.setLogin((String) row[offset + 1]);
            entity.setActive(row[offset + 2] == null ? false : (boolean) row[offset + 2]);
            entity.nickname((String) row[offset + 3]);
        }

        @Override
        public void readValues(Account entity, Object[] target, int offset) {
            target[offset] = entity.getId();
            target[offset + 1] = entity.getLogin();
            target[offset + 2] = entity.isActive();
            target[offset + 3] = entity.nickname();
        }

        @Override
        public int changedColumns(Account entity, Object[] snapshot, int[] changed) {
            int n = 0;
            if (!Objects.equals(entity.getId(), snapshot[0])) {
                changed[n++] = 0;
            }
            if (!Objects.equals(entity.getLogin(), snapshot[1])) {
                changed[n++] = 1;
            }
            if (snapshot[2] == null || (Boolean) snapshot[2] != entity.isActive()) {
                changed[n++] = 2;
            }
            if (!Objects.equals(entity.nickname(), snapshot[3])) {
                changed[n++] = 3;
            }
            return n;
        }

        @Override
        public Object get(Account entity, int index) {
            switch (index) {
                case 0: return entity.getId();
                case 1: return entity.getLogin();
                case 2: return entity.isActive();
                case 3: return entity.nickname();
                default: throw new IndexOutOfBoundsException("Account has no column " + index);
            }
        }

        @Override
        public void set(Account entity, int index, Object value) {
            switch (index) {
                case 0 -> entity.setId((Integer) value);
                case 1 -> entity.setLogin((String) value);
                case 2 -> entity.setActive(value == null ? false : (boolean) value);
                case 3 -> entity.nickname((String) value);
                default -> throw new IndexOutOfBoundsException("Account has no column " + index);
            }
        }

        @Override
        public Object primaryKey(Account entity) {
            return entity.getId();
        }

        @Override
        public Object getRelated(Account entity, int index) {
            switch (index) {
                default: throw new IndexOutOfBoundsException("Account has no relationship " + index);
            }
        }

        @Override
        public void setRelated(Account entity, int index, Object value) {
            switch (index) {
                default -> throw new IndexOutOfBoundsException("Account has no relationship " + index);
            }
        }

        @Override
        public void applyDefaults(Account entity) {
            // no @Column(defaultValue) on Account
        }
    }
}
