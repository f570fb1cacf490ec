package dev.retort.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.processor.write.DdlWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The DDL resources: one per base and dialect, tables in dependency order, and the Derby text
 * really creates (and the reverse order drops) the schema on Derby. Their exact text belongs to
 * the dialects, so it is not a golden file.
 */
class DdlResourceTest {
    private static final Map<String, List<String>> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("seed", List.of("users", "addresses"));
        TABLES.put("m2m", List.of("right", "left", "association"));
        TABLES.put("record", List.of("points", "tags"));
        TABLES.put("types", List.of("shop.orders", "shop.order_lines"));
        TABLES.put("nested", List.of("item"));
        TABLES.put("classical", List.of("user"));
        TABLES.put("tree", List.of("nodes"));
        TABLES.put("queries", List.of("left", "addresses"));
        TABLES.put("packages", List.of("authors", "books"));
    }

    @Test
    void derbyDdlCreatesEveryTableInDependencyOrder() throws Exception {
        List<JavaFileObject> inputs = new ArrayList<>();
        for (String model : TABLES.keySet()) {
            inputs.addAll(Sources.under("models/" + model));
        }
        Compilation c = Sources.compile(inputs);
        assertThat(c).succeededWithoutWarnings();

        java.sql.Driver driver = new org.apache.derby.jdbc.EmbeddedDriver();
        String url = "jdbc:derby:memory:ddl_resources";
        try (Connection conn = driver.connect(url + ";create=true", new Properties());
                Statement st = conn.createStatement()) {
            for (Map.Entry<String, List<String>> model : TABLES.entrySet()) {
                for (Dialect d : Dialects.all()) {
                    assertThat(c).generatedFile(StandardLocation.CLASS_OUTPUT, "",
                            "META-INF/retort/example." + model.getKey() + ".Base." + d.name() + ".sql");
                }
                String derby = resource(c, "META-INF/retort/example." + model.getKey() + ".Base.derby.sql");
                assertThat(derby).endsWith(";\n");
                List<String> created = new ArrayList<>();
                List<String> quoted = new ArrayList<>();
                for (String s : derby.substring(0, derby.length() - 2).split(DdlWriter.SEPARATOR)) {
                    st.execute(s);
                    if (s.startsWith("CREATE TABLE ")) {
                        String name = s.substring("CREATE TABLE ".length(), s.indexOf(" ("));
                        created.add(name.replace("\"", ""));
                        quoted.add(name);
                    }
                }
                assertThat(created).containsExactlyElementsIn(model.getValue()).inOrder();
                DatabaseMetaData md = conn.getMetaData();
                for (String name : quoted) {
                    assertThat(exists(md, name)).isTrue();
                }
                Collections.reverse(quoted);
                for (String name : quoted) {
                    st.execute("DROP TABLE " + name);
                }
            }
        } finally {
            try {
                driver.connect(url + ";drop=true", new Properties());
            } catch (SQLException expected) {
                // a successful drop is reported as an exception
            }
        }
    }

    @Test
    void aSequenceKeyIsCreatedBeforeItsTableWhereTheDatabaseHasSequences() throws Exception {
        Compilation c = Sources.compile(Sources.under("models/sequence"));
        assertThat(c).succeededWithoutWarnings();
        String derby = resource(c, "META-INF/retort/example.sequence.Base.derby.sql");
        assertThat(derby).startsWith("CREATE SEQUENCE invoice_id_seq AS BIGINT START WITH 1 INCREMENT BY 50;\n\n"
                + "CREATE TABLE invoices (\n    id BIGINT NOT NULL,\n");
        assertThat(derby).contains("CREATE SEQUENCE stamp_seq AS BIGINT START WITH 1 INCREMENT BY 1000;\n\n"
                + "CREATE TABLE stamps (\n    id INTEGER NOT NULL,\n");
        assertThat(resource(c, "META-INF/retort/example.sequence.Base.postgresql.sql"))
                .startsWith("CREATE SEQUENCE invoice_id_seq START WITH 1 INCREMENT BY 50;\n\nCREATE TABLE invoices (\n"
                        + "    id BIGINT NOT NULL,\n");
        assertThat(resource(c, "META-INF/retort/example.sequence.Base.mariadb.sql"))
                .startsWith("CREATE SEQUENCE invoice_id_seq START WITH 1 INCREMENT BY 50;\n\n");
        // no sequences: the key stays an autoincrement column
        String sqlite = resource(c, "META-INF/retort/example.sequence.Base.sqlite.sql");
        assertThat(sqlite).doesNotContain("SEQUENCE");
        assertThat(sqlite).contains("AUTOINCREMENT");
        assertThat(resource(c, "META-INF/retort/example.sequence.Base.mysql.sql")).contains("AUTO_INCREMENT");

        java.sql.Driver driver = new org.apache.derby.jdbc.EmbeddedDriver();
        String url = "jdbc:derby:memory:ddl_sequence";
        try (Connection conn = driver.connect(url + ";create=true", new Properties());
                Statement st = conn.createStatement()) {
            for (String s : derby.substring(0, derby.length() - 2).split(DdlWriter.SEPARATOR)) {
                st.execute(s);
            }
            try (ResultSet rs = st.executeQuery("VALUES (NEXT VALUE FOR invoice_id_seq), (NEXT VALUE FOR stamp_seq)")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(1L);
            }
        } finally {
            try {
                driver.connect(url + ";drop=true", new Properties());
            } catch (SQLException expected) {
                // a successful drop is reported as an exception
            }
        }
    }

    /** Whether a table exists; Derby folds unquoted names to upper case, quoted ones keep theirs. */
    private static boolean exists(DatabaseMetaData md, String ddlName) throws SQLException {
        String schema = "APP";
        String name = ddlName;
        if (!name.startsWith("\"") && name.contains(".")) {
            schema = name.substring(0, name.indexOf('.')).toUpperCase(Locale.ROOT);
            name = name.substring(name.indexOf('.') + 1);
        }
        name = name.startsWith("\"") ? name.replace("\"", "") : name.toUpperCase(Locale.ROOT);
        try (ResultSet rs = md.getTables(null, schema, name, null)) {
            return rs.next();
        }
    }

    static String resource(Compilation c, String path) throws IOException {
        JavaFileObject f = c.generatedFile(StandardLocation.CLASS_OUTPUT, "", path).orElseThrow();
        try (InputStream in = f.openInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
