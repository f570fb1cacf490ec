package dev.retort.it.keys;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

/** A parent with an identity key: its stamps take the key the database generated for it. */
@Table(name = "key_albums")
public class Album implements KeysBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 50, nullable = false) String name;
    @Relationship(backPopulates = "album", orderBy = "id") List<Stamp> stamps = new ArrayList<>();

    public Album() {}

    Album(String name) {
        this.name = name;
    }
}
