package example.queries;

import dev.retort.annotations.Column;
import dev.retort.annotations.Query;
import dev.retort.annotations.Table;

@Query(name = "named", sql = "SELECT p.id, p.name FROM \"left\" p WHERE p.name LIKE :pattern -- :notAParameter")
@Table(name = "left")
public class Parent implements Base {
    @Column(primaryKey = true) Long id;
    @Column String name;
}
