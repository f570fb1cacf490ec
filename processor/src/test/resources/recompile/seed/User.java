package example.seed;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

/** models/seed/User.java with one more column, compiled again on its own. */
@Table(name = "users")
public class User implements Base {
    @Column(primaryKey = true) Long id;
    @Column String name;
    @Column(length = 100, nullable = false) String fullname;
    @Column String password;
    @Column(length = 40) String nickname;
    @Relationship(backPopulates = "user", orderBy = "id")
    List<Address> addresses = new ArrayList<>();

    public User() {}

    public User(String name, String fullname, String password) {
        this.name = name;
        this.fullname = fullname;
        this.password = password;
    }
}
