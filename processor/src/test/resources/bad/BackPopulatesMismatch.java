package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

@DeclarativeBase interface Base {}

@Table(name = "accounts") class Account implements Base {
    @Column(primaryKey = true) Long id;
}

@Table(name = "addresses") class Address implements Base {
    @Column(primaryKey = true) Long id;
    @Column(foreignKey = "users.id") Long userId;
    @Column(foreignKey = "accounts.id") Long accountId;
    @Relationship Account user;
}

@Table(name = "users") public class BackPopulatesMismatch implements Base {
    @Column(primaryKey = true) Long id;
    @Relationship(backPopulates = "user") List<Address> addresses = new ArrayList<>(); // <-
}
