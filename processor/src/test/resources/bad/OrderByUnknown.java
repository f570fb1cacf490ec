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
    @Column String email;
}

@Table(name = "users") public class OrderByUnknown implements Base {
    @Column(primaryKey = true) Long id;
    @Relationship(orderBy = "email, created desc") List<Address> addresses = new ArrayList<>(); // <-
}
