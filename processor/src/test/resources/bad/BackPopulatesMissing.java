package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

@DeclarativeBase interface Base {}

@Table(name = "addresses") class Address implements Base {
    @Column(primaryKey = true) Long id;
    @Column(foreignKey = "users.id") Long userId;
    @Relationship BackPopulatesMissing user;
}

@Table(name = "users") public class BackPopulatesMissing implements Base {
    @Column(primaryKey = true) Long id;
    @Relationship(backPopulates = "owner") List<Address> addresses = new ArrayList<>(); // <-
}
