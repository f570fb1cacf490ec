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
}

@Table(name = "users") public class BackrefWithBackPopulates implements Base {
    @Column(primaryKey = true) Long id;
    @Relationship(backref = "user", backPopulates = "user") List<Address> addresses = new ArrayList<>(); // <-
}
