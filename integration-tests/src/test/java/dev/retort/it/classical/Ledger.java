package dev.retort.it.classical;

/** A plain class, mapped by {@link LedgerMapping}: it implements no base and carries no annotation. */
public class Ledger {
    public Long id;
    public String title;

    public Ledger() {}

    public Ledger(String title) {
        this.title = title;
    }
}
