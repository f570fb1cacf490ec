package dev.retort.it.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

/** The many-to-many seed's Parent, on table {@code left}. */
@Table(name = "left")
public class Parent implements OrmBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 50) String name;
    @Relationship(secondary = "association", backPopulates = "parents", orderBy = "id")
    List<Child> children = new ArrayList<>();

    public Parent() {}

    Parent(String name) {
        this.name = name;
    }
}
