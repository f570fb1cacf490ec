package dev.retort.benchmarks;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/**
 * Seed 002's Customer, mapped by Retort: {@code id} is an autoincrement key (an IDENTITY column on
 * Derby), filled in by the flush that inserts the object.
 */
@Table(name = "customer")
public class Customer implements Base {
    @Column(primaryKey = true) Long id;
    @Column(length = 255) String name;
    @Column(length = 255) String description;

    public Customer() {}

    public Customer(String name, String description) {
        this.name = name;
        this.description = description;
    }
}
