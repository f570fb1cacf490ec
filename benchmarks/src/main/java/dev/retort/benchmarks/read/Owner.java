package dev.retort.benchmarks.read;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

/** A user with addresses (the ORM tutorial's User), for the eager-loading scenarios of {@link ReadPath}. */
@Table(name = "read_owner")
public class Owner implements ReadBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 100) String name;
    @Relationship(backPopulates = "owner", orderBy = "id")
    List<Place> places = new ArrayList<>();

    public Owner() {}
}
