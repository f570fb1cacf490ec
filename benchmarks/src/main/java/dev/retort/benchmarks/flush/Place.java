package dev.retort.benchmarks.flush;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;

/** One of an {@link Owner}'s addresses. */
@Table(name = "flush_place")
public class Place implements FlushBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 100) String email;
    @Column(foreignKey = "flush_owner.id") Long ownerId;
    @Relationship(backPopulates = "places") Owner owner;

    public Place() {}
}
