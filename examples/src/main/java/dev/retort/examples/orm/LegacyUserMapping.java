package dev.retort.examples.orm;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** SQLAlchemy's classical mapping, {@code mapper(User, user)}: the table is declared apart from the class. */
@Table(name = "user", maps = LegacyUser.class)
class LegacyUserMapping implements Base {
    @Column(primaryKey = true) Long id;
    @Column(length = 50) String name;
    @Column(length = 50) String fullname;
    @Column(length = 12) String password;
}
