package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.List;

@DeclarativeBase interface Base {}

@Table(name = "users") class User implements Base {
    @Column(primaryKey = true) Long id;
}

@Table(name = "addresses") public class RelationshipShape implements Base {
    @Column(primaryKey = true) Long id;
    @Column(foreignKey = "users.id") Long userId;
    @Relationship List<User> users; // <-
}
