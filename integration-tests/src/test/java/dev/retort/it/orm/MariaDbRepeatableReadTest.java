package dev.retort.it.orm;

import static dev.retort.Retort.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.exc.StaleDataException;
import dev.retort.it.support.Database;
import dev.retort.orm.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What InnoDB's default isolation level, REPEATABLE READ, means for the ORM, as the design notes
 * on dialects state it: a transaction's SELECTs read the snapshot taken at its first read, while
 * its UPDATEs match against the latest committed rows. Skipped, visibly, without
 * {@code RETORT_MARIADB_URL}.
 */
class MariaDbRepeatableReadTest extends OrmFixture {
    @Override
    protected Database database() {
        return Database.MARIADB;
    }

    @Test
    void aVersionedUpdateSeesTheLatestCommittedRowThoughTheSnapshotDoesNot() {
        Session session = session();
        Item item = new Item("widget");
        session.add(item);
        session.commit();
        assertEquals(List.of(1), session.connection().execute(select(Item_.version)).scalars(), "snapshot taken");
        try (Session other = Session.open()) {
            Item same = other.get(Item.class, item.id);
            same.name = "changed elsewhere";
            other.commit();
        }
        assertEquals(List.of(2), scalars(select(Item_.version)), "committed elsewhere");
        assertEquals(List.of("widget"), session.connection().execute(select(Item_.name)).scalars(),
                "this transaction still reads its snapshot");
        assertEquals(List.of(1), session.connection().execute(select(Item_.version)).scalars());

        item.name = "too late";
        assertThrows(StaleDataException.class, session::flush, "the UPDATE matched the latest row: version 2");
        session.rollback();
        assertEquals("changed elsewhere", item.name, "a new transaction, a new snapshot");
        assertEquals(2, item.version);
    }

    @Test
    void withoutAVersionColumnTheLastWriteWins() {
        Session session = session();
        User ed = new User("ed", "Ed Jones", "x");
        session.add(ed);
        session.commit();
        assertEquals(List.of("Ed Jones"), session.connection().execute(select(User_.fullname)).scalars());
        try (Session other = Session.open()) {
            other.get(User.class, ed.id).fullname = "Edward Jones";
            other.commit();
        }
        ed.fullname = "Ed J.";
        session.commit();
        assertEquals(List.of("Ed J."), scalars(select(User_.fullname)), "the other change is overwritten");
    }
}
