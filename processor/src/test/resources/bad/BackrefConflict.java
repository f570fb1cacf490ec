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
    @Relationship BackrefConflict user;
}

@Table(name = "users") public class BackrefConflict implements Base {
    @Column(primaryKey = true) Long id;
    @Relationship(backref = "user") List<Address> addresses = new ArrayList<>(); // <-
}
