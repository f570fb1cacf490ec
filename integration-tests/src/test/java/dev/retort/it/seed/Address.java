package dev.retort.it.seed;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;

/** The tutorial's Address, many-to-one to User. */
@Table(name = "addresses")
public class Address implements Base {
    @Column(primaryKey = true) Long id;
    @Column(nullable = false, length = 100) String emailAddress;
    @Column(foreignKey = "users.id") Long userId;
    @Relationship(backPopulates = "addresses") User user;
}
