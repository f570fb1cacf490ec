package example.sequence;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** Keys from a sequence, 50 per round trip (the default allocation size). */
@Table(name = "invoices")
public class Invoice implements Base {
    @Column(primaryKey = true, sequence = "invoice_id_seq") Long id;
    @Column(nullable = false, length = 40) String number;
}
