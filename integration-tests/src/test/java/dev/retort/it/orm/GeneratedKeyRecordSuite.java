package dev.retort.it.orm;

import static dev.retort.Retort.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.exc.InvalidRequestException;
import dev.retort.orm.Session;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Records whose key the database generates ({@link Album}): the INSERT makes a keyed copy the
 * session's object for the row, {@code Session.persisted} hands it back, and the record that was
 * added (still without a key) stands for it.
 */
abstract class GeneratedKeyRecordSuite extends OrmFixture {

    private static Album album(String title, Song... songs) {
        return new Album(null, title, new ArrayList<>(List.of(songs)));
    }

    @Test
    void theInsertGivesAKeyedCopyThatIsTheSessionsObject() {
        Album draft = album("Blue");
        Album keyed;
        try (Session s = Session.open()) {
            s.add(draft);
            keyed = s.persisted(draft);
            assertNotSame(draft, keyed);
            assertNotNull(keyed.id(), "the copy holds the generated key");
            assertNull(draft.id(), "the record that was added is immutable: it keeps no key");
            assertEquals("Blue", keyed.title());
            assertSame(draft.songs(), keyed.songs(), "the copy shares the record's collection");
            assertSame(keyed, s.get(Album.class, keyed.id()), "the identity map holds the copy");
            assertSame(keyed, s.persisted(keyed));
            assertTrue(s.contains(keyed));
            assertTrue(s.contains(draft), "the added record stands for its copy");
            assertFalse(s.isModified(draft));
            assertFalse(s.isModified(keyed));
            recorder.clear();
            s.add(draft);
            s.flush();
            assertEquals(List.of(), recorder.sql(), "adding the original again inserts nothing");
            s.commit();
        }
        assertEquals(List.of(keyed.id()), scalars(select(Album_.id)));
        assertEquals(List.of("Blue"), scalars(select(Album_.title)));
        try (Session s = Session.open()) {
            assertEquals(keyed, s.get(Album.class, keyed.id()), "read back as an equal record");
        }
    }

    @Test
    void manyNewRecordsEachGetTheirOwnKey() {
        List<Album> drafts = List.of(album("a"), album("b"), album("c"), album("d"));
        List<Album> keyed = new ArrayList<>();
        try (Session s = Session.open()) {
            s.addAll(drafts);
            s.flush();
            for (Album d : drafts) {
                keyed.add(s.persisted(d));
            }
            s.commit();
        }
        assertEquals(4, new HashSet<>(keyed.stream().map(Album::id).toList()).size(), "distinct keys");
        try (Session s = Session.open()) {
            for (int i = 0; i < drafts.size(); i++) {
                Album a = keyed.get(i);
                assertEquals(drafts.get(i).title(), a.title());
                assertEquals(drafts.get(i).title(), s.get(Album.class, a.id()).title(), "each key is its own row's");
            }
        }
    }

    @Test
    void childrenOfTheRecordAndChildrenPointingAtItGetItsKey() {
        Song inList = new Song("in the list");
        Album draft = album("Green", inList);
        Song pointing = new Song("pointing");
        pointing.album = draft;
        try (Session s = Session.open()) {
            s.add(pointing); // the album comes along by cascade, then its list's song
            s.flush();
            Album keyed = s.persisted(draft);
            assertEquals(keyed.id(), inList.albumId);
            assertEquals(keyed.id(), pointing.albumId);
            assertEquals(List.of(inList, pointing), keyed.songs(), "both sides agree after the flush");
            recorder.clear();
            s.flush();
            assertEquals(List.of(), recorder.sql(), "the song still pointing at the original is clean");
            s.commit();
            Long id = keyed.id();
            assertEquals(List.of(id, id), scalars(select(Song_.albumId)));
        }
        try (Session s = Session.open()) {
            Album loaded = s.query(Album.class).one();
            assertEquals(Set.of("in the list", "pointing"), loaded.songs().stream().map(x -> x.title).collect(
                    Collectors.toSet()));
        }
    }

    @Test
    void deletingOrRefreshingTheOriginalActsOnTheRow() {
        try (Session s = Session.open()) {
            Album draft = album("Red");
            s.add(draft);
            Album keyed = s.persisted(draft);
            s.commit();
            s.refresh(draft); // a record reloads as a new instance: the session's object for the row
            Album current = s.persisted(draft);
            assertEquals(keyed, current);
            assertTrue(s.contains(draft));
            s.delete(draft);
            assertEquals(Set.of(current), s.deletedObjects());
            s.commit();
            assertFalse(s.contains(draft));
            assertFalse(s.contains(keyed));
        }
        assertEquals(0L, rowsIn("albums"));
    }

    @Test
    void rollbackLeavesTheOriginalTransientAndKeyless() {
        Album draft = album("Gone");
        try (Session s = Session.open()) {
            s.add(draft);
            Album keyed = s.persisted(draft);
            s.rollback();
            assertFalse(s.contains(draft));
            assertFalse(s.contains(keyed));
            assertNull(draft.id());
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> s.persisted(draft));
            assertTrue(e.getMessage().contains("not in this session"), e.getMessage());
        }
        assertEquals(0L, rowsIn("albums"));
        try (Session s = Session.open()) {
            s.add(draft); // transient again: inserted afresh
            s.commit();
        }
        assertEquals(List.of("Gone"), scalars(select(Album_.title)));
    }

    @Test
    void aFailedFlushPutsTheOriginalBack() {
        Album draft = album("Fine");
        Song bad = new Song("taken");
        bad.id = 500L; // a key some row already has: the songs' INSERT fails after the album's
        draft.songs().add(bad);
        try (Session s = Session.open()) {
            s.execute(Song_.TABLE.insert().values(Map.of("id", 500L, "title", "first")));
            s.commit();
            s.add(draft);
            assertThrows(RuntimeException.class, s::flush);
            s.rollback();
            assertNull(draft.id());
            draft.songs().remove(bad);
            s.add(draft);
            Album keyed = s.persisted(draft);
            assertNotNull(keyed.id());
            s.commit();
        }
        assertEquals(List.of("Fine"), scalars(select(Album_.title)));
    }

    @Test
    void rowsInsertedElsewhereLoadAsRecords() {
        try (Session s = Session.open()) {
            s.execute(Album_.TABLE.insert(), List.of(Map.of("title", "core 1"), Map.of("title", "core 2")));
            s.commit();
            List<Album> all = s.query(Album.class).orderBy(Album_.title).all();
            assertEquals(List.of("core 1", "core 2"), all.stream().map(Album::title).toList());
            assertNotNull(all.get(0).id());
            assertSame(all.get(0), s.persisted(all.get(0)), "a loaded record is its own persisted object");
        }
    }

    @Test
    void aTransientRecordHasNoPersistedObject() {
        try (Session s = Session.open()) {
            InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> s.persisted(album("never")));
            assertTrue(e.getMessage().contains("not in this session"), e.getMessage());
        }
    }
}
