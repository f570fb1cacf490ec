package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table(name = "users") class User implements Base {
    @Column(primaryKey = true) Long id;
    @Column String name;
}

@Table(name = "addresses") public class ForeignKeyNotKey implements Base {
    @Column(primaryKey = true) Long id;
    @Column(foreignKey = "users.name") String userName; // <-
}
