package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Lazy;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

@DeclarativeBase interface Base {}

@Table(name = "nodes") public class JoinedCycle implements Base {
    @Column(primaryKey = true) Long id;
    @Column(foreignKey = "nodes.id") Long parentId;
    @Relationship(lazy = Lazy.JOINED) List<JoinedCycle> children = new ArrayList<>(); // <-
}
