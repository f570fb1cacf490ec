package dev.retort.it.compliance.orm;

import static dev.retort.Retort.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.engine.Connection;
import dev.retort.exc.StaleDataException;
import dev.retort.orm.Session;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cases ported from SQLAlchemy's {@code test/orm/test_versioning.py} (the merge ones are in the merge suite). */
abstract class VersioningComplianceSuite extends ComplianceFixture {

    // test_versioning.py::VersioningTest::test_basic
    @Test
    void basic() {
        Session s1 = session();
        Versioned f1 = new Versioned("f1");
        Versioned f2 = new Versioned("f2");
        s1.addAll(List.of(f1, f2));
        s1.commit();
        f1.value = "f1rev2";
        s1.commit();
        Session s2 = session();
        Versioned f1s2 = s2.get(Versioned.class, f1.id);
        f1s2.value = "f1rev3";
        s2.commit();
        f1.value = "f1rev3mine";
        // the commit expired f1; the flush sends the version it was loaded with
        StaleDataException e = assertThrows(StaleDataException.class, s1::commit);
        assertTrue(e.getMessage().contains("matched no row"), e.getMessage());
        s1.rollback();
        assertEquals("f1rev3", s1.get(Versioned.class, f1.id).value, "the other session's value");
        assertEquals(List.of(3), scalars(select(Versioned_.versionId).where(Versioned_.id.eq(f1.id))));
    }

    // test_versioning.py::VersioningTest::test_multiple_updates
    @Test
    void multipleUpdates() {
        Session s1 = session();
        Versioned f1 = new Versioned("f1");
        Versioned f2 = new Versioned("f2");
        s1.addAll(List.of(f1, f2));
        s1.commit();
        f1.value = "f1rev2";
        f2.value = "f2rev2";
        s1.commit();
        assertEquals(List.of(2, 2), scalars(select(Versioned_.versionId).orderBy(Versioned_.id)));
    }

    // test_versioning.py::VersioningTest::test_bump_version (every UPDATE bumps it)
    @Test
    void bumpVersion() {
        Session s1 = session();
        Versioned f1 = new Versioned("f1");
        s1.add(f1);
        s1.commit();
        assertEquals(1, f1.versionId);
        f1.value = "f2";
        s1.commit();
        assertEquals(2, f1.versionId);
        f1.value = "f3";
        s1.commit();
        assertEquals(3, f1.versionId);
    }

    // test_versioning.py::VersioningTest::test_versioncheck (refresh after a concurrent change)
    @Test
    void versionCheck() {
        Session s1 = session(false);
        Versioned f1s1 = new Versioned("f1 value");
        s1.add(f1s1);
        s1.commit();
        Session s2 = session(false);
        Versioned f1s2 = s2.get(Versioned.class, f1s1.id);
        f1s2.value = "f1 new value";
        s2.commit();
        s1.refresh(f1s1);
        assertEquals(2, f1s1.versionId);
        assertEquals("f1 new value", f1s1.value);
    }

    // test_versioning.py::VersioningTest::test_update_delete_no_plain_rowcount (stale delete raises)
    @Test
    void staleDeleteRaises() {
        Session s1 = session(false);
        Versioned f1 = new Versioned("f1");
        s1.add(f1);
        s1.commit();
        try (Connection conn = engine.connect()) {
            conn.execute(Versioned_.TABLE.update().where(Versioned_.id.eq(f1.id)).values(Map.of("version_id", 5)));
            conn.commit();
        }
        s1.delete(f1);
        assertThrows(StaleDataException.class, s1::commit);
        s1.rollback();
        assertEquals(1L, count("version_table"), "nothing deleted");
    }

    // test_versioning.py::VersioningTest::test_noversioncheck (a plain read of a stale row is fine)
    @Test
    void noVersionCheckOnRead() {
        Session s1 = session();
        Versioned f1s1 = new Versioned("f1 value");
        s1.add(f1s1);
        s1.commit();
        Session s2 = session();
        Versioned f1s2 = s2.get(Versioned.class, f1s1.id);
        assertEquals(f1s1.versionId, f1s2.versionId);
        assertEquals("f1 value", f1s2.value);
    }

    // test_versioning.py::NullVersionIdTest::test_null_version_id_insert (Retort starts the counter at 1)
    @Test
    void versionStartsAtOne() {
        Session s1 = session();
        Versioned f1 = new Versioned("f1");
        s1.add(f1);
        s1.commit();
        assertEquals(List.of(1), scalars(select(Versioned_.versionId)));
    }

    // test_versioning.py::VersioningTest::test_versioncheck_not_versioned (an unchanged object sends nothing)
    @Test
    void unchangedVersionedObjectSendsNothing() {
        Session s1 = session();
        Versioned f1 = new Versioned("f1");
        s1.add(f1);
        s1.commit();
        s1.get(Versioned.class, f1.id);
        sql.clear();
        s1.commit();
        assertEquals(List.of(), sql.writeSql());
        assertEquals(List.of(1), scalars(select(Versioned_.versionId)));
    }
}
