package example.accessors;

import dev.retort.annotations.Column;
import dev.retort.annotations.Table;

/** Private fields reached through JavaBeans and record-style accessors. */
@Table(name = "accounts")
public class Account implements Base {
    @Column(primaryKey = true) private Integer id;
    @Column(nullable = false, unique = true) private String login;
    @Column private boolean active;
    @Column private String nickname;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String nickname() {
        return nickname;
    }

    public Account nickname(String nickname) {
        this.nickname = nickname;
        return this;
    }
}
