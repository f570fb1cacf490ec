package dev.retort.it.m2m;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

@Table(name = "left")
public class Parent implements Base {
    @Column(primaryKey = true) Long id;
    @Relationship(secondary = "association", backPopulates = "parents")
    List<Child> children = new ArrayList<>();
}
