package dev.retort.benchmarks.read;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;

/** An address of an {@link Owner}. */
@Table(name = "read_place")
public class Place implements ReadBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 100, nullable = false) String email;
    @Column(foreignKey = "read_owner.id") Long ownerId;
    @Relationship(backPopulates = "places") Owner owner;

    public Place() {}
}
