package dev.retort.it.asyncio;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;

/** The tutorial's Address, for the async suite. */
@Table(name = "async_addresses")
public class Address implements AsyncBase {
    @Column(primaryKey = true) Long id;
    @Column(nullable = false, length = 100) String emailAddress;
    @Column(foreignKey = "async_users.id") Long userId;
    @Relationship(backPopulates = "addresses") User user;

    public Address() {}

    public Address(String emailAddress) {
        this.emailAddress = emailAddress;
    }
}
