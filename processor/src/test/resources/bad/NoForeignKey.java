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
    @Column Long userId;
}

@Table(name = "users") public class NoForeignKey implements Base {
    @Column(primaryKey = true) Long id;
    @Relationship List<Address> addresses = new ArrayList<>(); // <-
}
