package dev.retort.benchmarks;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/**
 * {@link Customer} with its key from the sequence {@code customer_seq}, 50 keys per fetch (as
 * {@link HibernateSequenceCustomer}, Hibernate's pooled optimizer): the flush knows every key
 * before the INSERT, so new objects go in JDBC batches. The key is given explicitly, so the
 * table's identity is not used.
 */
@Table(name = "customer")
public class SequenceCustomer implements SequenceCustomerBase {
    @Column(primaryKey = true, sequence = "customer_seq", allocationSize = 50) Long id;
    @Column(length = 255) String name;
    @Column(length = 255) String description;

    public SequenceCustomer() {}

    public SequenceCustomer(String name, String description) {
        this.name = name;
        this.description = description;
    }
}
