package dev.retort.it.compliance.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** SQLAlchemy's fixture {@code Keyword}. */
@Table(name = "keywords")
public class Keyword implements ComplianceBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 30, nullable = false) String name;

    public Keyword() {}

    Keyword(String name) {
        this.name = name;
    }
}
