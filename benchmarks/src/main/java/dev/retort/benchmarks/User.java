package dev.retort.benchmarks;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import java.util.ArrayList;
import java.util.List;

/**
 * A user with addresses (the W6 graph), mapped by Retort. The collection loads lazily by default
 * (one SELECT when first touched); a query loads it eagerly with {@code joinedLoad} or
 * {@code selectinLoad}. The hand-written contenders fill the same class by hand.
 */
@dev.retort.annotations.Table(name = "users")
public class User implements Base {
    @Column(primaryKey = true) Long id;
    @Column(length = 50, nullable = false) String name;

    @Relationship(backPopulates = "user", orderBy = "id")
    List<Address> addresses = new ArrayList<>();

    public User() {}
}
