package dev.retort.it.orm;

import static dev.retort.Retort.joinedLoad;
import static dev.retort.Retort.select;
import static dev.retort.Retort.selectinLoad;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.orm.Session;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Mapping features through the session: every column type, defaults, composite keys, records, one-to-one, backrefs. */
abstract class MappingSuite extends OrmFixture {

    @Test
    void everyColumnTypeRoundTripsThroughTheSession() {
        UUID ref = UUID.randomUUID();
        OffsetDateTime shipped = OffsetDateTime.of(2025, 3, 4, 5, 6, 7, 0, ZoneOffset.ofHours(-5));
        Product p = new Product();
        p.reference = ref;
        p.name = "Widget";
        p.notes = "n".repeat(3000);
        p.price = new Money(new BigDecimal("1234.50"));
        p.taxRate = new BigDecimal("0.075");
        p.listedAt = LocalDateTime.of(2025, 1, 2, 3, 4, 5);
        p.released = LocalDate.of(2024, 12, 31);
        p.shippedAt = shipped;
        p.image = new byte[] {7, 8, 9};
        p.gift = true;
        p.stock = 42;
        try (Session s = Session.open()) {
            s.add(p);
            s.commit();
        }
        assertEquals(Status.NEW, p.status, "@Column(defaultValue) filled a null field before the INSERT");
        assertEquals(Boolean.TRUE, p.active);
        assertEquals(1, p.version);
        try (Session s = Session.open()) {
            Product loaded = s.get(Product.class, p.id);
            assertEquals(ref, loaded.reference);
            assertEquals("Widget", loaded.name);
            assertEquals(p.notes, loaded.notes);
            assertEquals(Status.NEW, loaded.status);
            assertEquals(0, new BigDecimal("1234.50").compareTo(loaded.price.amount()));
            assertEquals(0, new BigDecimal("0.075").compareTo(loaded.taxRate));
            assertEquals(p.listedAt, loaded.listedAt);
            assertEquals(p.released, loaded.released);
            assertEquals(shipped.toInstant(), loaded.shippedAt.toInstant());
            assertArrayEquals(new byte[] {7, 8, 9}, loaded.image);
            assertTrue(loaded.gift);
            assertEquals(42, loaded.stock);
            assertFalse(s.isModified(loaded), "values read back compare equal to their snapshot");
            recorder.clear();
            loaded.status = Status.SHIPPED;
            loaded.price = new Money(new BigDecimal("99.99"));
            s.commit();
            assertEquals(List.of("UPDATE products SET status=?, price=?, version=? WHERE products.id = ? AND products.version = ?"),
                    recorder.sql());
            assertEquals(2, loaded.version);
        }
        assertEquals(List.of(Status.SHIPPED), scalars(select(Product_.status)));
        assertEquals(0, new BigDecimal("99.99").compareTo(((Money) scalars(select(Product_.price)).get(0)).amount()));
    }

    @Test
    void compositePrimaryKeys() {
        try (Session s = Session.open()) {
            s.addAll(List.of(new Shipment("ups", 1, "Berlin"), new Shipment("ups", 2, "Paris"), new Shipment("dhl", 1, "Rome")));
            s.commit();
        }
        try (Session s = Session.open()) {
            Shipment paris = s.get(Shipment.class, List.of("ups", 2));
            assertEquals("Paris", paris.destination);
            assertSame(paris, s.get(Shipment.class, new Object[] {"ups", 2}));
            paris.destination = "Lyon";
            s.delete(s.get(Shipment.class, List.of("dhl", 1)));
            s.commit();
            assertNull(s.get(Shipment.class, List.of("dhl", 1)));
        }
        assertEquals(List.of("Berlin", "Lyon"), scalars(select(Shipment_.destination).orderBy(Shipment_.trackingNo)));
    }

    @Test
    void recordsLoadInsertMergeAndDelete() {
        try (Session s = Session.open()) {
            s.add(new Point(1L, 2, 3));
            s.add(new Point(2L, 4, 5));
            s.commit();
        }
        try (Session s = Session.open()) {
            Point one = s.get(Point.class, 1L);
            assertEquals(new Point(1L, 2, 3), one);
            assertSame(one, s.query(Point.class).filter(Point_.x.eq(2)).one());
            Point moved = s.merge(new Point(1L, 20, 30));
            assertEquals(new Point(1L, 20, 30), moved);
            s.delete(s.get(Point.class, 2L));
            s.commit();
        }
        assertEquals(List.of(20), scalars(select(Point_.x)));
    }

    @Test
    void aRecordsCollectionIsLoadedWithItAndTracksChanges() {
        try (Session s = Session.open()) {
            s.add(new Playlist(1L, "road", new java.util.ArrayList<>(List.of(new Track("b", 2), new Track("a", 1)))));
            s.add(new Playlist(2L, "empty", new java.util.ArrayList<>()));
            s.commit();
        }
        try (Session s = Session.open()) {
            recorder.clear();
            Playlist road = s.get(Playlist.class, 1L);
            assertEquals(2, recorder.starting("SELECT").size(), "the record and its tracks, at once");
            assertEquals(List.of("a", "b"), titles(road.tracks()));
            assertEquals(2, recorder.starting("SELECT").size(), "nothing loads later");

            road.tracks().add(new Track("c", 3));
            road.tracks().remove(0);
            s.commit();
        }
        assertEquals(java.util.Arrays.asList(null, 1L, 1L), scalars(select(Track_.playlistId).orderBy(Track_.title)),
                "the removed track is orphaned, the added one belongs to the playlist");
        for (var option : List.of(joinedLoad(Playlist_.tracks), selectinLoad(Playlist_.tracks))) {
            try (Session s = Session.open()) {
                List<Playlist> all = s.query(Playlist.class).options(option).orderBy(Playlist_.id).all();
                assertEquals(List.of("b", "c"), titles(all.get(0).tracks()), option.toString());
                assertEquals(List.of(), all.get(1).tracks(), option.toString());
            }
        }
    }

    private static List<String> titles(List<Track> tracks) {
        return tracks.stream().map(t -> t.title).collect(Collectors.toList());
    }

    @Test
    void oneToOneFromEitherSide() {
        try (Session s = Session.open()) {
            Person ann = new Person("ann");
            ann.passport = new Passport("P-1");
            s.add(ann);
            s.commit();
            assertEquals(ann.id, ann.passport.holderId);
            assertSame(ann, ann.passport.holder);
        }
        try (Session s = Session.open()) {
            Person ann = s.query(Person.class).one();
            assertEquals("P-1", ann.passport.number);
            assertSame(ann, ann.passport.holder);
            Passport p2 = new Passport("P-2");
            p2.holder = ann;
            s.delete(ann.passport);
            s.flush();
            s.add(p2);
            s.commit();
        }
        try (Session s = Session.open()) {
            assertEquals("P-2", s.query(Person.class).one().passport.number);
        }
    }

    @Test
    void backrefsWorkFromTheSideWithoutAField() {
        try (Session s = Session.open()) {
            Author tolkien = new Author("tolkien");
            tolkien.books.add(new Book("The Hobbit"));
            tolkien.books.add(new Book("Silmarillion"));
            Author austen = new Author("austen");
            austen.books.add(new Book("Emma"));
            s.addAll(List.of(tolkien, austen));
            s.commit();
        }
        try (Session s = Session.open()) {
            List<Book> books = s.query(Book.class).join(Book_.author).filter(Author_.name.eq("tolkien"))
                    .orderBy(Book_.title).all();
            assertEquals(List.of("Silmarillion", "The Hobbit"), books.stream().map(b -> b.title).collect(Collectors.toList()));
            Author tolkien = s.query(Author.class).filterBy("name", "tolkien").one();
            assertEquals(List.of("Silmarillion", "The Hobbit"),
                    tolkien.books.stream().map(b -> b.title).collect(Collectors.toList()), "ordered by title");
        }
    }

    @Test
    void primitiveKeysAreGeneratedAndServerDefaultsReadBack() {
        Tag a = new Tag("a");
        Tag b = new Tag("b");
        Tag c = new Tag("c");
        c.rank = 1;
        try (Session s = Session.open()) {
            s.addAll(List.of(a, b, c));
            s.commit();
        }
        assertTrue(a.id > 0 && b.id > 0 && a.id != b.id, "a primitive key still 0 is generated");
        assertEquals(7, a.rank, "a null column with a server DEFAULT is left out and read back");
        assertEquals(1, c.rank, "a value given is written");
        assertEquals(List.of(7, 7, 1), scalars(select(Tag_.rank).orderBy(Tag_.id)));
        try (Session s = Session.open()) {
            Tag loaded = s.get(Tag.class, a.id);
            assertFalse(s.isModified(loaded));
        }
    }

    @Test
    void bulkInsertMappingsAppliesColumnDefaults() {
        try (Session s = Session.open()) {
            s.bulkInsertMappings(Product.class, List.of(
                    java.util.Map.of("reference", UUID.randomUUID(), "name", "bulk", "gift", false, "stock", 0,
                            "version", 1)));
            s.commit();
        }
        assertEquals(List.of(Status.NEW), scalars(select(Product_.status)));
    }
}
