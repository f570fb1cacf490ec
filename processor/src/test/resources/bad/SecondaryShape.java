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
}

@Table(name = "post_tags") class PostTag implements Base {
    @Column(primaryKey = true) Long id;
    @Column(foreignKey = "posts.id") Long postId;
}

@Table(name = "posts") public class SecondaryShape implements Base {
    @Column(primaryKey = true) Long id;
    @Relationship(secondary = "post_tags") List<Tag> tags = new ArrayList<>(); // <-
}
