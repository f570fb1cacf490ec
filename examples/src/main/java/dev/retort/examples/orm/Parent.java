package dev.retort.examples.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

/** The many-to-many example's Parent, on table {@code left}; {@code backref} declares Child.parents. */
@Table(name = "left")
public class Parent implements Base {
    @Column(primaryKey = true) Long id;
    @Column(length = 50) String name;
    @Relationship(secondary = "association", backref = "parents")
    List<Child> children = new ArrayList<>();

    public Parent() {}

    public Parent(String name) {
        this.name = name;
    }
}
