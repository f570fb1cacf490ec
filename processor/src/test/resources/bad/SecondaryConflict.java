package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

@DeclarativeBase interface Base {}

@Table(name = "tags") class Tag implements Base {
    @Column(primaryKey = true) Long id;
    @Relationship(secondary = "links") List<Post> posts = new ArrayList<>(); // <-
}

@Table(name = "posts") class Post implements Base {
    @Column(primaryKey = true) Long id;
}

@Table(name = "users") public class SecondaryConflict implements Base {
    @Column(primaryKey = true) Long id;
    @Relationship(secondary = "links") List<Tag> tags = new ArrayList<>();
}
