package dev.retort.it.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.dialect.Dialect;
import dev.retort.engine.Connection;
import dev.retort.engine.Engine;
import dev.retort.engine.Row;
import dev.retort.it.posts.Post_;
import dev.retort.it.posts.User_;
import dev.retort.it.support.Database;
import dev.retort.it.support.DialectAware;
import dev.retort.orm.mapping.MappedBase;
import dev.retort.orm.mapping.NamedQuery;
import dev.retort.sql.MetaData;
import dev.retort.sql.Table;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schemas of the processor-compiled models, created and dropped on a real database with
 * {@code Base_.metadata().createAll(engine)} / {@code dropAll(engine)}; the tables are checked
 * through JDBC's {@code DatabaseMetaData}. One subclass per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SchemaSuite implements DialectAware {
    private Engine engine;

    /** The database this subclass runs on. */
    protected abstract Database database();

    @Override
    public Dialect dialect() {
        return database().dialect(); // known before the engine starts: @Requires is evaluated first
    }

    @BeforeAll
    void startEngine() {
        engine = database().newEngine();
    }

    @AfterAll
    void stopEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    static Stream<MappedBase> bases() {
        return Stream.of(new dev.retort.it.seed.Base_(), new dev.retort.it.m2m.Base_(),
                new dev.retort.it.backref.Base_(), new dev.retort.it.bulk.Base_(), new dev.retort.it.posts.Base_());
    }

    @ParameterizedTest
    @MethodSource("bases")
    void createAllThenDropAll(MappedBase base) {
        MetaData metadata = base.getMetadata();
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try {
            for (Table t : metadata.tables().values()) {
                assertTrue(exists(t), t.name() + " should exist after createAll");
            }
            metadata.createAll(engine); // skips tables that exist
        } finally {
            metadata.dropAll(engine);
        }
        for (Table t : metadata.tables().values()) {
            assertFalse(exists(t), t.name() + " should be gone after dropAll");
        }
    }

    @Test
    void generatedTablesAndNamedQueriesWorkThroughCore() {
        MetaData metadata = dev.retort.it.posts.Base_.metadata();
        metadata.dropAll(engine);
        metadata.createAll(engine);
        try {
            try (Connection conn = engine.begin()) {
                conn.execute(User_.TABLE.insert(), List.of(
                        Map.of("name", "ed", "age", 30), Map.of("name", "wendy", "age", 25)));
                Object ed = conn.execute(dev.retort.Retort.select(User_.id).where(User_.name.eq("ed"))).scalar();
                conn.execute(Post_.TABLE.insert(), List.of(
                        Map.of("title", "first", "user_id", ed), Map.of("title", "second", "user_id", ed)));
            }
            try (Connection conn = engine.connect()) {
                assertEquals(NamedQuery.Kind.ENTITIES, User_.BY_NAME.kind());
                List<Row> eds = conn.execute(User_.BY_NAME.statement(), Map.of("name", "ed")).fetchAll();
                assertEquals(1, eds.size());
                assertEquals(30, ((Number) eds.get(0).get("age")).intValue());
                assertEquals(NamedQuery.Kind.ROWS, User_.OLDER_THAN.kind());
                List<Row> older = conn.execute(User_.OLDER_THAN.statement(), Map.of("age", 20)).fetchAll();
                assertEquals(List.of("wendy", "ed"), older.stream().map(r -> r.get(0)).toList());
                List<Object> titles = conn.execute(dev.retort.Retort.select(Post_.title)
                        .where(Post_.userId.isNotNull()).orderBy(Post_.id)).scalars();
                assertEquals(List.of("first", "second"), titles);
            }
        } finally {
            metadata.dropAll(engine);
        }
    }

    private boolean exists(Table t) {
        String name = engine.dialect().denormalizeName(t.name());
        return engine.withJdbcConnection(jdbc -> {
            try (ResultSet rs = jdbc.getMetaData().getTables(null, jdbc.getSchema(), name, new String[] {"TABLE"})) {
                return rs.next();
            }
        });
    }
}
