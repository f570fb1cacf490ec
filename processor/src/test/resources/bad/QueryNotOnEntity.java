package bad;

import dev.retort.annotations.Query;

@Query(name = "all", sql = "SELECT * FROM users") public class QueryNotOnEntity {} // <-
