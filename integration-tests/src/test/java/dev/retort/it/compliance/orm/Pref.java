package dev.retort.it.compliance.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** {@code test_cascade.py::M2OCascadeDeleteOrphanTestOne}'s {@code Pref}: a many-to-one with delete-orphan. */
@Table(name = "prefs")
public class Pref implements ComplianceBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 40) String data;

    public Pref() {}

    Pref(String data) {
        this.data = data;
    }
}
