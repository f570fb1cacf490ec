package dev.retort.examples.orm;

/** A class that cannot be annotated (imagine it comes from a library): mapped by {@link LegacyUserMapping}. */
public class LegacyUser {
    public Long id;
    public String name;
    public String fullname;
    public String password;

    public LegacyUser() {}

    public LegacyUser(String name, String fullname, String password) {
        this.name = name;
        this.fullname = fullname;
        this.password = password;
    }
}
