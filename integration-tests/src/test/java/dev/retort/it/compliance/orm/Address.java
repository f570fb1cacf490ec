package dev.retort.it.compliance.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;

/** SQLAlchemy's fixture {@code Address}. */
@Table(name = "addresses")
public class Address implements ComplianceBase {
    @Column(primaryKey = true) Long id;
    @Column(foreignKey = "users.id") Long userId;
    @Column(length = 50, nullable = false) String emailAddress;
    @Relationship(backPopulates = "addresses") User user;

    public Address() {}

    Address(String emailAddress) {
        this.emailAddress = emailAddress;
    }

    @Override
    public String toString() {
        return "Address(" + id + ", " + emailAddress + ")";
    }
}
