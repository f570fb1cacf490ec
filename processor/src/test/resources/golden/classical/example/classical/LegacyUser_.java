package example.classical;

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
 * The Retort metamodel and mapper of {@link LegacyUser}, table {@code user}: the Core table, typed
 * attributes and relationships for queries, and the straight-line code that moves its state
 * to and from rows. Generated from the class's annotations; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class LegacyUser_ {
    /**
     * The table {@code user}.
     */
    public static final Table TABLE = Table.builder("user")
            .home(Base_::metadata)
            .add(
                    new Column<>("id", SqlTypes.BIGINT).primaryKey(),
                    new Column<>("name", SqlTypes.string(50)),
                    new Column<>("fullname", SqlTypes.string(50)),
                    new Column<>("password", SqlTypes.string(12)))
            .build();

    public static final Attribute<LegacyUser, Long> id = new Attribute<>(LegacyUser.class, "id", TABLE.c("id"), 0);

    public static final Attribute<LegacyUser, String> name = new Attribute<>(LegacyUser.class, "name", TABLE.c("name"), 1);

    public static final Attribute<LegacyUser, String> fullname = new Attribute<>(LegacyUser.class, "fullname", TABLE.c("fullname"), 2);

    public static final Attribute<LegacyUser, String> password = new Attribute<>(LegacyUser.class, "password", TABLE.c("password"), 3);

    private static final List<Attribute<LegacyUser, ?>> ATTRIBUTES = List.of(id, name, fullname, password);

    private static final List<Relation<LegacyUser, ?>> RELATIONS = List.of();

    /**
     * Creates, reads and compares {@link LegacyUser} objects for the session.
     */
    public static final EntityMapper<LegacyUser> MAPPER = new Mapper();

    private LegacyUser_() {
    }

    static final class Mapper implements EntityMapper<LegacyUser> {
        @Override
        public Class<LegacyUser> entityType() {
            return LegacyUser.class;
        }

        @Override
        public String entityName() {
            return "LegacyUser";
        }

        @Override
        public Table table() {
            return TABLE;
        }

        @Override
        public List<Attribute<LegacyUser, ?>> attributes() {
            return ATTRIBUTES;
        }

        @Override
        public List<Relation<LegacyUser, ?>> relations() {
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
        public LegacyUser newInstance(Object[] row, int offset) {
            LegacyUser entity = new LegacyUser();
            populate(entity, row, offset);
            return entity;
        }

        @Override
        public void populate(LegacyUser entity, Object[] row, int offset) {
            entity.id = (Long) row[offset];
            entity.name = (String) row[offset + 1];
            entity.fullname = (String) row[offset + 2];
            entity.setPassword((String) row[offset + 3]);
        }

        @Override
        public void readValues(LegacyUser entity, Object[] target, int offset) {
            target[offset] = entity.id;
            target[offset + 1] = entity.name;
            target[offset + 2] = entity.fullname;
            target[offset + 3] = entity.getPassword();
        }

        @Override
        public int changedColumns(LegacyUser entity, Object[] snapshot, int[] changed) {
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
            if (!Objects.equals(entity.getPassword(), snapshot[3])) {
                changed[n++] = 3;
            }
            return n;
        }

        @Override
        public Object get(LegacyUser entity, int index) {
            switch (index) {
                case 0: return entity.id;
                case 1: return entity.name;
                case 2: return entity.fullname;
                case 3: return entity.getPassword();
                default: throw new IndexOutOfBoundsException("LegacyUser has no column " + index);
            }
        }

        @Override
        public void set(LegacyUser entity, int index, Object value) {
            switch (index) {
                case 0 -> entity.id = (Long) value;
                case 1 -> entity.name = (String) value;
                case 2 -> entity.fullname = (String) value;
                case 3 -> entity.setPassword((String) value);
                default -> throw new IndexOutOfBoundsException("LegacyUser has no column " + index);
            }
        }

        @Override
        public Object primaryKey(LegacyUser entity) {
            return entity.id;
        }

        @Override
        public Object getRelated(LegacyUser entity, int index) {
            switch (index) {
                default: throw new IndexOutOfBoundsException("LegacyUser has no relationship " + index);
            }
        }

        @Override
        public void setRelated(LegacyUser entity, int index, Object value) {
            switch (index) {
                default -> throw new IndexOutOfBoundsException("LegacyUser has no relationship " + index);
            }
        }

        @Override
        public void applyDefaults(LegacyUser entity) {
            // no @Column(defaultValue) on LegacyUser
        }
    }
}
