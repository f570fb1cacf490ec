package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Query;
import dev.retort.annotations.Table;

@DeclarativeBase interface Base {}

@Query(name = "byEmail", sql = "SELECT * FROM users WHERE email = :email") // <-
@Table(name = "users") public class QueryInvalid implements Base {
    @Column(primaryKey = true) Long id;
    @Column String name;
}
