package dev.retort.benchmarks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * {@link HibernateCustomer} with its key from the sequence {@code customer_seq} (allocation size
 * 50, Hibernate's pooled optimizer): Hibernate knows every key before the INSERT, so it batches
 * inserts. The sequence's value is given explicitly, so the table's identity is not used.
 */
@Entity
@Table(name = "customer")
public class HibernateSequenceCustomer {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    Long id;

    @Column(length = 255)
    String name;

    @Column(length = 255)
    String description;

    protected HibernateSequenceCustomer() {}

    public HibernateSequenceCustomer(String name, String description) {
        this.name = name;
        this.description = description;
    }
}
