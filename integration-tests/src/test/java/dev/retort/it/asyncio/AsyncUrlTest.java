package dev.retort.it.asyncio;

import static dev.retort.asyncio.AsyncRetort.createAsyncEngine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.asyncio.AsyncEngine;
import dev.retort.exc.InvalidUrlException;
import org.junit.jupiter.api.Test;

/** The async URLs: SQLAlchemy's async driver names name the flavour; an unknown driver is refused. */
class AsyncUrlTest {

    @Test
    void theTutorialsAsyncUrlsWork() {
        try (AsyncEngine lite = createAsyncEngine("sqlite+aiosqlite:///:memory:");
                AsyncEngine h2 = createAsyncEngine("h2+async:///:memory:")) {
            assertEquals("sqlite:///:memory:", lite.url());
            assertEquals(1, lite.poolSize(), "SQLite writes one transaction at a time");
            assertEquals("h2:///:memory:", h2.url());
            assertEquals(5, h2.poolSize());
            assertEquals(1L, ((Number) lite.withConnection(c -> c.scalar(dev.retort.Retort.text("select 1"))).join())
                    .longValue());
        }
    }

    @Test
    void anUnknownDriverIsRefusedNamingIt() {
        InvalidUrlException e = assertThrows(InvalidUrlException.class,
                () -> createAsyncEngine("sqlite+pysqlcipher:///x.db"));
        assertTrue(e.getMessage().contains("pysqlcipher"), e.getMessage());
    }

    @Test
    void aRefusedUrlNeverShowsItsPassword() {
        InvalidUrlException e = assertThrows(InvalidUrlException.class,
                () -> createAsyncEngine("postgresql+pg8000://scott:s3cr3t-pw@localhost:5432/test"));
        assertTrue(e.getMessage().contains("pg8000"), e.getMessage());
        assertTrue(!e.getMessage().contains("s3cr3t-pw") && !String.valueOf(e).contains("s3cr3t-pw"), e.getMessage());
    }
}
