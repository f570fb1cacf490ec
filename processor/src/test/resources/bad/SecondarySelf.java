package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

@DeclarativeBase interface Base {}

@Table(name = "people") public class SecondarySelf implements Base {
    @Column(primaryKey = true) Long id;
    @Relationship(secondary = "friendships") List<SecondarySelf> friends = new ArrayList<>(); // <-
}
