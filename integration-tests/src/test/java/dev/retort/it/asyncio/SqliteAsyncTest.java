package dev.retort.it.asyncio;

import dev.retort.it.support.Database;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The async suite on SQLite, in a file, through the tutorial's {@code sqlite+aiosqlite} URL. */
class SqliteAsyncTest extends AsyncSuite {
    private static final File FILE;

    static {
        try {
            FILE = File.createTempFile("retort-async", ".db");
            FILE.deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Database database() {
        return Database.SQLITE;
    }

    @Override
    protected String url() {
        return "sqlite+aiosqlite:///" + FILE.getAbsolutePath();
    }

    /** SQLite writes one transaction at a time: the sessions share one connection. */
    @Override
    protected int concurrencyPool() {
        return 1;
    }
}
