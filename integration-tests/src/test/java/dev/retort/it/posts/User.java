package dev.retort.it.posts;

import dev.retort.annotations.Column;
import dev.retort.annotations.Query;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

/** {@code User.posts = relationship('Post', order_by=Post.id, back_populates='user')}. */
@Query(name = "byName", sql = "SELECT * FROM users WHERE name = :name")
@Query(name = "olderThan", sql = "SELECT name, age FROM users WHERE age > :age ORDER BY age")
@Table(name = "users")
public class User implements Base {
    @Column(primaryKey = true) Integer id;
    @Column String name;
    @Column Integer age;
    @Relationship(orderBy = "id", backPopulates = "user")
    List<Post> posts = new ArrayList<>();
}
