package dev.retort.it.keys;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** Keys from a sequence, 50 per fetch (the default allocation size). */
@Table(name = "key_tickets")
public class Ticket implements KeysBase {
    @Column(primaryKey = true, sequence = "key_ticket_seq") Long id;
    @Column(length = 50, nullable = false) String title;

    public Ticket() {}

    Ticket(String title) {
        this.title = title;
    }
}
