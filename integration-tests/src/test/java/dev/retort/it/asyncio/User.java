package dev.retort.it.asyncio;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

/** The tutorial's User, for the async suite. */
@Table(name = "async_users")
public class User implements AsyncBase {
    @Column(primaryKey = true) Long id;
    @Column String name;
    @Column(length = 100, nullable = false) String fullname;
    @Relationship(backPopulates = "user", orderBy = "id")
    List<Address> addresses = new ArrayList<>();

    public User() {}

    public User(String name, String fullname) {
        this.name = name;
        this.fullname = fullname;
    }
}
