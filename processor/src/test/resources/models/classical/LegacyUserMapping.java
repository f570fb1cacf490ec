package example.classical;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** The seed's classical mapping: mapper(User, user) with the columns of its Table. */
@Table(name = "user", maps = LegacyUser.class)
class LegacyUserMapping implements Base {
    @Column(primaryKey = true) Long id;
    @Column(length = 50) String name;
    @Column(length = 50) String fullname;
    @Column(length = 12) String password;
}
