package dev.retort.it.reliability;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** An entry that keeps its account from being deleted. */
@Table(name = "rel_entries")
public class Entry implements ReliabilityBase {
    @Column(primaryKey = true, autoincrement = false) Long id;
    @Column(foreignKey = "rel_accounts.id", nullable = false) Long accountId;

    public Entry() {}

    Entry(long id, long accountId) {
        this.id = id;
        this.accountId = accountId;
    }
}
