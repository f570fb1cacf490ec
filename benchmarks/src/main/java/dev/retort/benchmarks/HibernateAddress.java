package dev.retort.benchmarks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** {@link Address} mapped by Hibernate; the back reference to the user is lazy, as Retort's is. */
@Entity
@Table(name = "addresses")
public class HibernateAddress {
    @Id
    Long id;

    @Column(length = 100, nullable = false)
    String email;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    HibernateUser user;

    protected HibernateAddress() {}
}
