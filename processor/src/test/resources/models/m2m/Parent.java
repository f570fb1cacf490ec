package example.m2m;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

/** The seed's many-to-many, declared from one side with a backref. */
@Table(name = "left")
public class Parent implements Base {
    @Column(primaryKey = true) Long id;
    @Relationship(secondary = "association", backref = "parents")
    List<Child> children = new ArrayList<>();
}
