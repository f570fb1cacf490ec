package dev.retort.it.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.List;

/**
 * A record with a collection: the list its constructor gets is the one the session fills, always
 * together with the record (a record's component cannot be swapped for a lazy list later).
 */
@Table(name = "playlists")
public record Playlist(
        @Column(primaryKey = true, autoincrement = false) Long id,
        @Column(length = 50) String name,
        @Relationship(orderBy = "seq") List<Track> tracks) implements OrmBase {}
