package dev.retort.it.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** A primitive generated key, and columns the database fills in. */
@Table(name = "tags")
public class Tag implements OrmBase {
    @Column(primaryKey = true) long id;
    @Column(length = 30) String label;
    @Column(serverDefault = "7") Integer rank;

    public Tag() {}

    Tag(String label) {
        this.label = label;
    }
}
