package dev.retort.it.backref;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

@Table(name = "left")
public class Parent implements Base {
    @Column(primaryKey = true) Long id;
    @Relationship(secondary = "association", backref = "parents")
    List<Child> children = new ArrayList<>();
}
