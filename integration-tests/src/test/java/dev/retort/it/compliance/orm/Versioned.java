package dev.retort.it.compliance.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** {@code test_versioning.py::VersioningTest}'s {@code Foo} on {@code version_table}. */
@Table(name = "version_table")
public class Versioned implements ComplianceBase {
    @Column(primaryKey = true) Long id;
    @Column(version = true) Integer versionId;
    @Column(length = 40) String value;

    public Versioned() {}

    Versioned(String value) {
        this.value = value;
    }
}
