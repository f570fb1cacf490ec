package dev.retort.it.m2m;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

@Table(name = "right")
public class Child implements Base {
    @Column(primaryKey = true) Long id;
    @Relationship(secondary = "association", backPopulates = "children")
    List<Parent> parents = new ArrayList<>();
}
