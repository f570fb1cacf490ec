package dev.retort.it.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** The bulk seed's Customer. */
@Table(name = "customer")
public class Customer implements OrmBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 255) String name;
    @Column(length = 255) String description;
}
