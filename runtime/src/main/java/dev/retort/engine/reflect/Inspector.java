package dev.retort.engine.reflect;

import dev.retort.dialect.Dialect;
import dev.retort.sql.MetaData;
import dev.retort.sql.Table;
import java.util.List;

/**
 * STUB so the engine compiles on its branch; the real Inspector (written against
 * {@link JdbcAccess}) replaces this file at merge.
 */
public final class Inspector {
    private final Dialect dialect;
    private final JdbcAccess access;

    /** An inspector for the database {@code access} reaches, speaking {@code dialect}. */
    public Inspector(Dialect dialect, JdbcAccess access) {
        this.dialect = dialect;
        this.access = access;
    }

    /** Not available in this stub. */
    public Table reflectTable(MetaData metadata, String schema, String name) {
        throw new UnsupportedOperationException("Reflection is not available yet (stub Inspector for "
                + dialect.name() + " via " + access + ")");
    }

    /** Not available in this stub. */
    public List<Table> reflectAll(MetaData metadata, String schema) {
        throw new UnsupportedOperationException("Reflection is not available yet (stub Inspector for "
                + dialect.name() + " via " + access + ")");
    }
}
