package dev.retort.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A named SQL query on a mapped class, checked at compile time against the declared schema and
 * turned into a typed method of the generated class:
 *
 * <pre>{@code
 * @Query(name = "byEmail", sql = "SELECT * FROM addresses WHERE email_address = :email")
 * @Table(name = "addresses") public class Address implements Base { ... }
 *
 * List<Address> found = Address_.byEmail(session, "ed@example.com");
 * }</pre>
 *
 * <p>Parameters are {@code :name}; their Java types come from the columns they are compared
 * with. A SELECT of all the class's columns returns the class's objects; any other SELECT
 * returns rows; INSERT, UPDATE and DELETE return the number of rows changed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Query.List.class)
public @interface Query {

    /** The generated method's name; a Java identifier. Required. */
    String name();

    /** The SQL, with {@code :name} parameters. Required. */
    String sql();

    /** Holds several {@link Query} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        /** The {@link Query} annotations, in declaration order. Required. */
        Query[] value();
    }
}
