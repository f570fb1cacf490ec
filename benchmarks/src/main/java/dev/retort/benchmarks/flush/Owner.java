package dev.retort.benchmarks.flush;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

/** A user with ten addresses, loaded through the default lazy collection. */
@Table(name = "flush_owner")
public class Owner implements FlushBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 50) String name;
    @Relationship(backPopulates = "owner", orderBy = "id") List<Place> places = new ArrayList<>();

    public Owner() {}
}
