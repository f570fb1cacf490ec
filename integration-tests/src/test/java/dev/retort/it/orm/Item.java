package dev.retort.it.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** A versioned row, for optimistic locking. */
@Table(name = "items")
public class Item implements OrmBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 50) String name;
    @Column(version = true) Integer version;

    public Item() {}

    Item(String name) {
        this.name = name;
    }
}
