package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.Map;

@DeclarativeBase interface Base {}

@Table(name = "users") public class RelationshipType implements Base {
    @Column(primaryKey = true) Long id;
    @Relationship Map<String, RelationshipType> friends; // <-
}
