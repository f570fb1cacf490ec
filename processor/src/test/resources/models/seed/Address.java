package example.seed;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;

@Table(name = "addresses")
public class Address implements Base {
    @Column(primaryKey = true) Long id;
    @Column(nullable = false, length = 100) String emailAddress;
    @Column(foreignKey = "users.id") Long userId;
    @Relationship(backPopulates = "addresses") User user;
}
