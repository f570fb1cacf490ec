package dev.retort.benchmarks;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;

/** An address of a {@link User}, mapped by Retort. */
@dev.retort.annotations.Table(name = "addresses")
public class Address implements Base {
    @Column(primaryKey = true) Long id;
    @Column(foreignKey = "users.id", nullable = false) Long userId;
    @Column(length = 100, nullable = false) String email;

    @Relationship(backPopulates = "addresses")
    User user;

    public Address() {}
}
