package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Query;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Query(name = "by-name", sql = "SELECT * FROM users WHERE name = :name") // <-
@Table(name = "users") public class QueryName implements Base {
    @Column(primaryKey = true) Long id;
    @Column String name;
}
