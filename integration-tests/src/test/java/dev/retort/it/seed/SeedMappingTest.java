package dev.retort.it.seed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.Column;
import dev.retort.sql.ForeignKey;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated metamodel and mapper of the tutorial's User and Address. */
class SeedMappingTest {

    @Test
    void userTableHasTheDeclaredColumns() {
        Table users = User_.TABLE;
        assertEquals("users", users.name());
        assertEquals(List.of("id", "name", "fullname", "password"), users.columns().keys());
        Column<?> id = users.c("id");
        assertTrue(id.isPrimaryKey());
        assertTrue(id.isAutoincrement());
        assertEquals(SqlTypes.BIGINT, id.type());
        assertEquals(SqlTypes.string(100), users.c("fullname").type());
        assertFalse(users.c("fullname").isNullable());
        assertEquals(SqlTypes.string(255), users.c("name").type());
        assertTrue(users.c("password").isNullable());
        assertSame(users, User_.name.column().table());
        assertEquals("name", User_.name.name());
        assertEquals(1, User_.name.index());
    }

    @Test
    void addressReferencesUsers() {
        Table addresses = Address_.TABLE;
        assertEquals(List.of("id", "email_address", "user_id"), addresses.columns().keys());
        List<ForeignKey> fks = addresses.foreignKeys();
        assertEquals(1, fks.size());
        assertEquals("users.id", fks.get(0).targetSpec());
        assertSame(User_.TABLE.c("id"), fks.get(0).column());
        assertTrue(Address_.userId.column().references(User_.id.column()));
    }

    @Test
    void baseHoldsTheTablesReferencedFirstAndTheMappers() {
        assertEquals(List.of("users", "addresses"), List.copyOf(Base_.metadata().tables().keySet()));
        assertEquals(List.of(User_.TABLE, Address_.TABLE), Base_.metadata().sortedTables());
        assertSame(User_.TABLE.metadata(), Base_.metadata());
        assertSame(User_.MAPPER, Base_.registry().mapper(User.class));
        assertSame(Address_.MAPPER, Base_.registry().mapper(Address.class));
        assertEquals(2, Base_.registry().mappers().size());
        Base_ base = new Base_();
        assertSame(Base.class, base.baseType());
        assertSame(Base_.metadata(), base.getMetadata());
        assertSame(Base_.registry(), base.getRegistry());
    }

    @Test
    void relationshipsMirrorEachOther() {
        Relation<User, Address> addresses = User_.addresses;
        assertEquals(Relation.Kind.ONE_TO_MANY, addresses.kind());
        assertSame(Address_.MAPPER, addresses.targetMapper());
        assertEquals(List.of(User_.TABLE.c("id")), addresses.localColumns());
        assertEquals(List.of(Address_.TABLE.c("user_id")), addresses.remoteColumns());
        assertEquals(List.of(new Relation.Ordering("id", false)), addresses.orderBy());
        assertSame(Address_.user, addresses.reverse());
        assertSame(User_.addresses, Address_.user.reverse());
        assertEquals(Relation.Kind.MANY_TO_ONE, Address_.user.kind());
        assertEquals(List.of(User_.addresses), User_.MAPPER.relations());
    }

    @Test
    void mapperMovesStateBetweenObjectsAndRows() {
        EntityMapper<User> m = User_.MAPPER;
        assertSame(User.class, m.entityType());
        assertEquals("User", m.entityName());
        assertArrayEquals(new int[] {0}, m.primaryKeyIndexes());
        assertEquals(0, m.autoincrementIndex());
        assertEquals(-1, m.versionIndex());
        assertFalse(m.isImmutable());

        User ed = m.newInstance(new Object[] {"x", 7L, "ed", "Ed Jones", "secret"}, 1);
        assertEquals(7L, ed.id);
        assertEquals("Ed Jones", ed.fullname);
        assertEquals(7L, m.primaryKey(ed));

        Object[] snapshot = new Object[4];
        m.readValues(ed, snapshot, 0);
        assertArrayEquals(new Object[] {7L, "ed", "Ed Jones", "secret"}, snapshot);
        int[] changed = new int[4];
        assertEquals(0, m.changedColumns(ed, snapshot, changed));
        ed.password = "f8s7ccs";
        m.set(ed, 1, "eddie");
        assertEquals(2, m.changedColumns(ed, snapshot, changed));
        assertArrayEquals(new int[] {1, 3}, new int[] {changed[0], changed[1]});
        assertEquals("eddie", m.get(ed, 1));
        assertSame(ed.addresses, m.get(ed, 4), "a generated mapper reaches relationship r at the column count plus r");
        assertThrows(IndexOutOfBoundsException.class, () -> m.get(ed, 5));
        assertThrows(IndexOutOfBoundsException.class, () -> m.getRelated(ed, 1));

        User fresh = new User("wendy", "Wendy Williams", "pw");
        assertNull(m.primaryKey(fresh));
        m.set(fresh, 0, 8L);
        assertEquals(8L, fresh.id);

        assertSame(ed.addresses, m.getRelated(ed, 0));
        List<Address> list = List.of(new Address());
        m.setRelated(ed, 0, list);
        assertSame(list, ed.addresses);
        Address a = new Address();
        Address_.MAPPER.setRelated(a, 0, ed);
        assertSame(ed, a.user);
    }
}
