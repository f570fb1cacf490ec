package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Query;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Query(name = "wipe", sql = "DROP TABLE users") // <-
@Table(name = "users") public class QueryKind implements Base {
    @Column(primaryKey = true) Long id;
}
