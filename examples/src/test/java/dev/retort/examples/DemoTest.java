package dev.retort.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's demo ({@code mvn -Pdemo}) in the test JVM: the Core, ORM and async tutorials
 * end to end on embedded Derby and SQLite, each class as a fresh application uses it (the demo
 * once failed only when run, on a classically mapped class looked up first).
 */
class DemoTest {
    @Test
    void theDemoRunsToItsLastLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Demo.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        original.print(printed);
        assertTrue(printed.contains("session.related(ed, User_.addresses) -> 1 address(es)"),
                "the async tutorial's last line is missing");
    }
}
