package dev.retort.it.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** A track of a {@link Playlist}: an ordinary mutable class on the many side. */
@Table(name = "tracks")
public class Track implements OrmBase {
    @Column(primaryKey = true) Long id;
    @Column(foreignKey = "playlists.id") Long playlistId;
    @Column(length = 50) String title;
    @Column int seq;

    public Track() {}

    Track(String title, int seq) {
        this.title = title;
        this.seq = seq;
    }

    @Override
    public String toString() {
        return "<Track(" + title + ")>";
    }
}
