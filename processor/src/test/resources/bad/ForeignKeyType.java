package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table(name = "users") class User implements Base {
    @Column(primaryKey = true) Long id;
}

@Table(name = "addresses") public class ForeignKeyType implements Base {
    @Column(primaryKey = true) Long id;
    @Column(foreignKey = "users.id") Integer userId; // <-
}
