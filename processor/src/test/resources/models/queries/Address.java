package example.queries;

import dev.retort.annotations.Column;
import dev.retort.annotations.Query;
import dev.retort.annotations.Table;

@Query(name = "byEmail", sql = "SELECT * FROM addresses WHERE email_address = :email")
@Query(name = "emailsOf", sql = "SELECT email_address FROM addresses WHERE user_id = :userId ORDER BY id")
@Query(name = "forget", sql = "DELETE FROM addresses WHERE user_id = :userId AND email_address <> :keep")
@Table(name = "addresses")
public class Address implements Base {
    @Column(primaryKey = true) Long id;
    @Column(nullable = false, length = 100) String emailAddress;
    @Column(foreignKey = "left.id") Long userId;
}
