package dev.retort.engine;

import static dev.retort.sql.Expressions.column;
import static dev.retort.sql.SqlTypes.INTEGER;
import static dev.retort.sql.SqlTypes.string;

import dev.retort.sql.MetaData;
import dev.retort.sql.Table;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The seed's users/addresses schema and small helpers shared by the engine tests. */
final class Fixtures {
    private Fixtures() {}

    static final String MEMORY = "derby:///:memory:";

    final MetaData metadata = new MetaData();
    final Table users = metadata.table("users",
            column("id", INTEGER).primaryKey(),
            column("name", string(50)),
            column("fullname", string(50)));
    final Table addresses = metadata.table("addresses",
            column("id", INTEGER).primaryKey(),
            column("user_id", INTEGER).foreignKey("users.id"),
            column("email_address", string(50)).nullable(false));

    static Fixtures schema() {
        return new Fixtures();
    }

    /** Creates the tables and the seed's rows: jack and wendy with two addresses each. */
    Fixtures populate(Engine engine) {
        metadata.createAll(engine);
        try (Connection conn = engine.begin()) {
            conn.execute(users.insert(), List.of(
                    Map.of("name", "jack", "fullname", "Jack Jones"),
                    Map.of("name", "wendy", "fullname", "Wendy Williams")));
            conn.execute(addresses.insert(), List.of(
                    Map.of("user_id", 1, "email_address", "jack@yahoo.com"),
                    Map.of("user_id", 1, "email_address", "jack@msn.com"),
                    Map.of("user_id", 2, "email_address", "www@www.org"),
                    Map.of("user_id", 2, "email_address", "wendy@aol.com")));
        }
        return this;
    }

    /** Runs {@code body} with System.out captured; returns what it printed. */
    static String captureOut(Runnable body) {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
