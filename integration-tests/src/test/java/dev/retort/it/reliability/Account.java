package dev.retort.it.reliability;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** An account: a unique name and a versioned balance. */
@Table(name = "rel_accounts")
public class Account implements ReliabilityBase {
    @Column(primaryKey = true, autoincrement = false) Long id;
    @Column(length = 40, unique = true, nullable = false) String name;
    @Column Integer balance;
    @Column(version = true) Integer version;

    public Account() {}

    Account(long id, String name) {
        this.id = id;
        this.name = name;
        this.balance = 0;
    }
}
