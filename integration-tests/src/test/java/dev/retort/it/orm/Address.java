package dev.retort.it.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;

/** The tutorial's Address. */
@Table(name = "addresses")
public class Address implements OrmBase {
    @Column(primaryKey = true) Long id;
    @Column(nullable = false, length = 100) String emailAddress;
    @Column(foreignKey = "users.id") Long userId;
    @Relationship(backPopulates = "addresses") User user;

    public Address() {}

    public Address(String emailAddress) {
        this.emailAddress = emailAddress;
    }

    @Override
    public String toString() {
        return "<Address(" + emailAddress + ")>";
    }
}
