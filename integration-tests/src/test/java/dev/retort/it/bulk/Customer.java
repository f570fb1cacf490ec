package dev.retort.it.bulk;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

@Table(name = "customer")
public class Customer implements Base {
    @Column(primaryKey = true) Long id;
    @Column(length = 255) String name;
    @Column(length = 255) String description;
}
