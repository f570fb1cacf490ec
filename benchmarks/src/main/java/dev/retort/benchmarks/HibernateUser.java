package dev.retort.benchmarks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** {@link User} mapped by Hibernate: the addresses are a lazy one-to-many (JPA's default), ordered by id. */
@Entity
@Table(name = "users")
public class HibernateUser {
    @Id
    Long id;

    @Column(length = 50, nullable = false)
    String name;

    @OneToMany(mappedBy = "user")
    @OrderBy("id")
    List<HibernateAddress> addresses = new ArrayList<>();

    protected HibernateUser() {}
}
