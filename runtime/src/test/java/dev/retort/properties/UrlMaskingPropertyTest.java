package dev.retort.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.engine.EngineUrl;
import dev.retort.exc.RetortException;
import dev.retort.sql.Expressions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated database URLs of every shape, valid or not, with random passwords: the password never
 * shows in an exception message, its cause chain, {@code toString()}, {@code EngineUrl.mask}, a log
 * line or an echo line; parsing ends in a URL or a typed {@link RetortException}, nothing else.
 *
 * <p>Every password holds the marker {@code Ж}, which nothing else in the URLs holds, mixed with
 * the characters that confuse URL parsers ({@code @ / : ? % # & ; =}). Any leaked piece of a
 * password that carries a marker is found.
 */
class UrlMaskingPropertyTest {
    private static final char MARK = 'Ж';

    @Provide
    Arbitrary<String> passwords() {
        return Arbitraries.strings().withChars(MARK, MARK, MARK, '@', '/', ':', '?', '%', '#', '&', ';', '=', 'a', '1', ' ')
                .ofMinLength(1).ofMaxLength(16).map(s -> MARK + s);
    }

    @Provide
    Arbitrary<String> urls() {
        Arbitrary<String> schemes = Arbitraries.of("postgresql://", "postgresql:/", "postgresql//", "", "postgresql:",
                "postgresql+pgjdbc://", "postgresql+bad://", "jdbc:postgresql://", "mysql://", "derby://", "sqlite://",
                "h2://", "://", "jdbc:oracle:thin:");
        Arbitrary<String> users = Arbitraries.of("scott", "sc@tt", "", "sc%40tt", "a/b", "u?x");
        Arbitrary<String> hosts = Arbitraries.of("localhost", "localhost:5432", "localhost:54x", "[::1]:5432", "",
                "h:99999");
        Arbitrary<String> paths = Arbitraries.of("/test", "", "/te@st", "/db?sslmode=disable", "/db?x=a@b",
                "/:memory:", "/db?password=" + MARK + "q", "/d%zzb", "?=x", "/db;password=" + MARK);
        return Combinators.combine(schemes, users, passwords(), hosts, paths)
                .as((scheme, user, pw, host, path) -> scheme + user + ":" + pw + "@" + host + path);
    }

    @Property(tries = 2000)
    void thePasswordNeverShows(@ForAll("urls") String url) {
        assertFalse(contains(EngineUrl.mask(url)), () -> "mask(" + url + ") = " + EngineUrl.mask(url));
        try {
            EngineUrl u = EngineUrl.parse(url);
            assertFalse(contains(u.toString()), () -> url + " -> " + u);
        } catch (RetortException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                String shown = t.getMessage() + " " + t;
                assertFalse(contains(shown), () -> url + " -> " + shown);
            }
        }
    }

    @Property(tries = 500)
    void aCleanPasswordRoundTripsAndIsMasked(@ForAll("passwords") String password) {
        String escaped = password.replace("%", "%25").replace("@", "%40").replace("/", "%2F").replace("?", "%3F")
                .replace(":", "%3A").replace("#", "%23");
        EngineUrl u = EngineUrl.parse("postgresql://scott:" + escaped + "@localhost:5432/test");
        assertEquals(password, u.password());
        assertEquals("scott", u.username());
        assertEquals("localhost", u.host());
        assertEquals("postgresql://scott:***@localhost:5432/test", u.toString());
    }

    @Property(tries = 25)
    void noLogOrEchoLineShowsThePassword(@ForAll("passwords") String password) {
        String escaped = password.replace("%", "%25").replace("@", "%40").replace("/", "%2F").replace("?", "%3F")
                .replace(":", "%3A");
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        String shown;
        try {
            System.setOut(capture);
            System.setErr(capture); // slf4j-simple logs to standard error
            try (Engine engine = Engine.builder("h2://sa:" + escaped + "@/:memory:").echo(true).build();
                    Connection c = engine.connect()) {
                c.execute(Expressions.text("SELECT 1"));
                shown = engine + " " + engine.url();
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String lines = captured.toString(StandardCharsets.UTF_8);
        assertTrue(lines.contains("SELECT 1"), lines);
        assertFalse(contains(lines + shown), lines + shown);
    }

    private static boolean contains(String s) {
        return s != null && s.indexOf(MARK) >= 0;
    }

}
