package dev.retort.it.compliance.orm;

import dev.retort.annotations.Cascade;
import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

/** SQLAlchemy's fixture {@code User}; addresses cascade "all, delete-orphan", as its cascade tests map them. */
@Table(name = "users")
public class User implements ComplianceBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 30, nullable = false) String name;
    @Column(foreignKey = "prefs.id") Long prefId;
    @Relationship(backPopulates = "user", orderBy = "id", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
    List<Address> addresses = new ArrayList<>();
    @Relationship(backPopulates = "user", orderBy = "id")
    List<Order> orders = new ArrayList<>();
    @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}) Pref pref;

    public User() {}

    User(String name) {
        this.name = name;
    }

    User(long id, String name) {
        this.id = id;
        this.name = name;
    }

    @Override
    public String toString() {
        return "User(" + id + ", " + name + ")";
    }
}
