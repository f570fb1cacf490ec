package dev.retort.it.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;

/** A song of an {@link Album}: a mutable class that refers to a record with a generated key. */
@Table(name = "songs")
public class Song implements OrmBase {
    @Column(primaryKey = true) Long id;
    @Column(foreignKey = "albums.id") Long albumId;
    @Column(length = 50) String title;
    @Relationship(backPopulates = "songs") Album album;

    public Song() {}

    Song(String title) {
        this.title = title;
    }

    @Override
    public String toString() {
        return "<Song(" + title + ")>";
    }
}
