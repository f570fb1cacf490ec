package dev.retort.examples.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Query;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;

/** The tutorial's Address, with a named query checked at compile time. */
@Query(name = "byEmail", sql = "SELECT * FROM addresses WHERE email_address = :email")
@Table(name = "addresses")
public class Address implements Base {
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
        return "<Address(email_address='" + emailAddress + "')>";
    }
}
