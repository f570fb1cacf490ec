package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Table(name = "tags") class Tag implements Base {
    @Column(primaryKey = true) Long id;
}

@Table(name = "posts") public class SecondaryNotCollection implements Base {
    @Column(primaryKey = true) Long id;
    @Relationship(secondary = "post_tags") Tag tag; // <-
}
