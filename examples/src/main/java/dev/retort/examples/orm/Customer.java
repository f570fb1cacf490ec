package dev.retort.examples.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** The Customer of SQLAlchemy's bulk-operations example. */
@Table(name = "customer")
public class Customer implements Base {
    @Column(primaryKey = true) Long id;
    @Column String name;
    @Column String description;
}
