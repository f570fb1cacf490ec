package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dialect.derby.DerbyDialect;
import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.postgresql.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.exc.DataErrorException;
import dev.retort.exc.DatabaseException;
import dev.retort.exc.IntegrityErrorException;
import dev.retort.exc.OperationalErrorException;
import dev.retort.exc.ProgrammingErrorException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SQLStates and vendor codes each database was seen to report (see the behaviour suites,
 * which provoke them for real) and the family each maps to.
 */
class ErrorClassificationTest {

    private static Class<?> family(Dialect d, String state, int code) {
        return d.wrap(new SQLException("x", state, code), "SQL", List.of(), null).getClass();
    }

    @Test
    void derby() {
        Dialect d = DerbyDialect.INSTANCE;
        assertEquals(IntegrityErrorException.class, family(d, "23505", 30000), "duplicate key");
        assertEquals(IntegrityErrorException.class, family(d, "23503", 30000), "foreign key");
        assertEquals(IntegrityErrorException.class, family(d, "23502", 30000), "NOT NULL");
        assertEquals(DataErrorException.class, family(d, "22001", 30000), "string too long");
        assertEquals(ProgrammingErrorException.class, family(d, "42X05", 30000), "no such table");
        assertEquals(ProgrammingErrorException.class, family(d, "42X01", 30000), "syntax");
        assertEquals(OperationalErrorException.class, family(d, "40XL1", 30000), "lock timeout");
        assertEquals(ProgrammingErrorException.class, family(d, "X0Y32", 20000), "table exists");
        assertEquals(ProgrammingErrorException.class, family(d, "X0X0F", 20000), "no such generated column");
        assertEquals(OperationalErrorException.class, family(d, "XSDB6", 45000), "database in use");
        assertEquals(OperationalErrorException.class, family(d, "08006", 45000), "connection");
    }

    @Test
    void h2() {
        Dialect d = H2Dialect.INSTANCE;
        assertEquals(IntegrityErrorException.class, family(d, "23505", 23505));
        assertEquals(IntegrityErrorException.class, family(d, "23506", 23506), "parent row missing");
        assertEquals(IntegrityErrorException.class, family(d, "23503", 23503), "child rows exist");
        assertEquals(DataErrorException.class, family(d, "22001", 22001));
        assertEquals(ProgrammingErrorException.class, family(d, "42S02", 42102), "no such table");
        assertEquals(ProgrammingErrorException.class, family(d, "42001", 42001), "syntax");
        assertEquals(OperationalErrorException.class, family(d, "HYT00", 50200), "lock timeout");
        assertEquals(ProgrammingErrorException.class, family(d, "90036", 90036), "no such sequence");
        assertEquals(OperationalErrorException.class, family(d, "90098", 90098), "database closed");
        assertEquals(OperationalErrorException.class, family(d, "28000", 28000), "wrong password");
    }

    @Test
    void sqliteHasOnlyResultCodes() {
        Dialect d = SqliteDialect.INSTANCE;
        assertEquals(IntegrityErrorException.class, family(d, null, 19), "SQLITE_CONSTRAINT");
        assertEquals(IntegrityErrorException.class, family(d, null, 2067), "SQLITE_CONSTRAINT_UNIQUE (extended)");
        assertEquals(ProgrammingErrorException.class, family(d, null, 1), "SQLITE_ERROR: syntax, no such table");
        assertEquals(OperationalErrorException.class, family(d, null, 5), "SQLITE_BUSY");
        assertEquals(OperationalErrorException.class, family(d, null, 6), "SQLITE_LOCKED");
        assertEquals(OperationalErrorException.class, family(d, null, 262), "SQLITE_LOCKED_SHAREDCACHE");
        assertEquals(DataErrorException.class, family(d, null, 18), "SQLITE_TOOBIG");
        assertEquals(DataErrorException.class, family(d, null, 20), "SQLITE_MISMATCH");
        assertEquals(DatabaseException.class, family(d, null, 0));
    }

    @Test
    void postgresql() {
        Dialect d = PostgresDialect.INSTANCE;
        assertEquals(IntegrityErrorException.class, family(d, "23505", 0));
        assertEquals(IntegrityErrorException.class, family(d, "23514", 0), "check");
        assertEquals(DataErrorException.class, family(d, "22001", 0));
        assertEquals(ProgrammingErrorException.class, family(d, "42P01", 0), "no such table");
        assertEquals(ProgrammingErrorException.class, family(d, "42601", 0), "syntax");
        assertEquals(ProgrammingErrorException.class, family(d, "42P18", 0), "untyped parameter");
        assertEquals(OperationalErrorException.class, family(d, "55P03", 0), "lock timeout");
        assertEquals(OperationalErrorException.class, family(d, "40P01", 0), "deadlock");
        assertEquals(OperationalErrorException.class, family(d, "28P01", 0), "password");
    }

    @Test
    void disconnectsAreTheConnectionExceptionsAndPostgresTerminations() {
        Dialect derby = DerbyDialect.INSTANCE;
        org.junit.jupiter.api.Assertions.assertTrue(derby.isDisconnect(new SQLException("gone", "08006")));
        org.junit.jupiter.api.Assertions.assertTrue(derby.isDisconnect(new SQLException("closed", "08003")));
        org.junit.jupiter.api.Assertions.assertTrue(derby.isDisconnect(new java.sql.SQLNonTransientConnectionException("x")));
        org.junit.jupiter.api.Assertions.assertTrue(derby.isDisconnect(new java.sql.SQLRecoverableException("x")));
        org.junit.jupiter.api.Assertions.assertFalse(derby.isDisconnect(new SQLException("dup", "23505")));
        org.junit.jupiter.api.Assertions.assertFalse(derby.isDisconnect(new SQLException("no state")));
        org.junit.jupiter.api.Assertions.assertFalse(derby.isDisconnect(new SQLException("admin", "57P01")));
        Dialect pg = PostgresDialect.INSTANCE;
        org.junit.jupiter.api.Assertions.assertTrue(pg.isDisconnect(new SQLException("terminating connection", "57P01")));
        org.junit.jupiter.api.Assertions.assertTrue(pg.isDisconnect(new SQLException("I/O error", "08006")));
        org.junit.jupiter.api.Assertions.assertFalse(pg.isDisconnect(new SQLException("canceled", "57014")));
    }
}
