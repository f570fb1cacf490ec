package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;

@DeclarativeBase interface Base {}

@Table(name = "addresses") class Address implements Base {
    @Column(primaryKey = true) Long id;
    @Column(foreignKey = "users.id") Long userId;
}

@Table(name = "users") public class CollectionImplementation implements Base {
    @Column(primaryKey = true) Long id;
    @Relationship ArrayList<Address> addresses = new ArrayList<>(); // <-
}
