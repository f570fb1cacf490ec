package dev.retort.it.compliance.orm;

import dev.retort.annotations.Cascade;
import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

/** {@code test_cascade.py::M2MCascadeTest}'s {@code A}: a many-to-many with delete-orphan. */
@Table(name = "a")
public class A implements ComplianceBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 30) String data;
    @Relationship(secondary = "atob", orderBy = "id", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
    List<B> bs = new ArrayList<>();

    public A() {}

    A(String data) {
        this.data = data;
    }
}
