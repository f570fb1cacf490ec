package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Query;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Query(name = "all", sql = "SELECT * FROM users")
@Table(name = "users") public class SchemaInvalid implements Base { // <-
    @Column(primaryKey = true) Long id;
    @Column(serverDefault = "NOW()") java.time.LocalDateTime created;
}
