package dev.retort.it.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.List;

/**
 * A record whose key the database generates: the INSERT makes a keyed copy the session's object
 * (see {@code Session.persisted}), sharing this record's list of songs.
 */
@Table(name = "albums")
public record Album(
        @Column(primaryKey = true) Long id,
        @Column(length = 50) String title,
        @Relationship(backPopulates = "album", orderBy = "id") List<Song> songs) implements OrmBase {}
