package dev.retort.it.compliance.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** {@code test_cascade.py::M2MCascadeTest}'s {@code B}. */
@Table(name = "b")
public class B implements ComplianceBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 30) String data;

    public B() {}

    B(String data) {
        this.data = data;
    }
}
