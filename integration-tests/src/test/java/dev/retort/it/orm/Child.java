package dev.retort.it.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

/** The many-to-many seed's Child, on table {@code right}. */
@Table(name = "right")
public class Child implements OrmBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 50) String name;
    @Relationship(secondary = "association", backPopulates = "children", orderBy = "id")
    List<Parent> parents = new ArrayList<>();

    public Child() {}

    Child(String name) {
        this.name = name;
    }
}
