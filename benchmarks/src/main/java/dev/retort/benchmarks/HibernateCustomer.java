package dev.retort.benchmarks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The same table as {@link Customer}, mapped by Hibernate. The table (created by Retort) has an
 * identity column, so the key is {@link GenerationType#IDENTITY}, which makes Hibernate execute
 * each INSERT as the object is persisted and read its key back (no insert batching).
 */
@Entity
@Table(name = "customer")
public class HibernateCustomer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(length = 255)
    String name;

    @Column(length = 255)
    String description;

    protected HibernateCustomer() {}

    public HibernateCustomer(String name, String description) {
        this.name = name;
        this.description = description;
    }
}
