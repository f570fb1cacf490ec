package dev.retort.it.classical;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** Maps {@link Ledger} classically, as SQLAlchemy's imperative mapping does. */
@Table(name = "ledger", maps = Ledger.class)
class LedgerMapping implements Base {
    @Column(primaryKey = true) Long id;
    @Column(length = 40) String title;
}
