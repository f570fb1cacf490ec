package dev.retort.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.engine.ConnectionPoolFactory;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * Guards the two surefire executions of this module: the default one has retort-hikari on the
 * class path, the {@code built-in-pool} one (the tutorials and more again) must not, or it would prove nothing.
 */
class PoolPresenceTest {

    @Test
    void aPoolLibraryIsPresentExactlyWhenTheExecutionSaysSo() {
        boolean expected = Boolean.parseBoolean(System.getProperty("retort.it.pool"));
        assertEquals(expected, ServiceLoader.load(ConnectionPoolFactory.class).iterator().hasNext(),
                "a ConnectionPoolFactory on the class path");
        boolean hikari = PoolPresenceTest.class.getClassLoader().getResource("com/zaxxer/hikari/HikariDataSource.class") != null;
        assertEquals(expected, hikari, "HikariCP on the class path");
    }
}
