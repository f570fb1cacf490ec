package example.classical;

/** A class that cannot be annotated (say, from a library). */
public class LegacyUser {
    public Long id;
    public String name;
    public String fullname;
    private String password;

    public LegacyUser() {}

    public LegacyUser(String name, String fullname, String password) {
        this.name = name;
        this.fullname = fullname;
        this.password = password;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
