package dev.retort.it.posts;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;

@Table(name = "posts")
public class Post implements Base {
    @Column(primaryKey = true) Integer id;
    @Column String title;
    @Column(foreignKey = "users.id") Integer userId;
    @Relationship(backPopulates = "posts") User user;
}
