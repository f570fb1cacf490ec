package dev.retort.processor.validate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.retort.processor.diag.Diagnostics;
import dev.retort.processor.diag.Message;
import dev.retort.processor.model.ColumnModel;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.model.DdlStatement;
import dev.retort.processor.model.EntityPlan;
import dev.retort.processor.model.QueryModel;
import dev.retort.processor.model.SchemaPlan;
import dev.retort.processor.model.VerifiedQuery;
import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks {@code @Query} SQL at compile time, as Room does: the base's Derby DDL is run in a
 * private in-memory Derby database, then every named query is prepared there with its
 * {@code :name} parameters turned into {@code ?}. Derby reports the parameter and result types.
 * The database is dropped afterwards, and Derby's log goes to a temporary file (unless the build
 * already chose where), so no {@code derby.log} appears in the user's directory.
 */
public final class QueryVerifier {
    private static final String ERROR_FILE = "derby.stream.error.file";
    private static final String ERROR_FIELD = "derby.stream.error.field";
    private static final String ERROR_METHOD = "derby.stream.error.method";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Diagnostics diag;

    public QueryVerifier(Diagnostics diag) {
        this.diag = diag;
    }

    /**
     * Verifies every named query of {@code plan} against a schema made of {@code ddl} (Derby
     * statements in creation order).
     *
     * @return the plan with its entities' verified queries
     */
    public SchemaPlan verify(SchemaPlan plan, List<DdlStatement> ddl) throws SQLException {
        String previous = System.getProperty(ERROR_FILE);
        boolean redirect = previous == null && System.getProperty(ERROR_FIELD) == null
                && System.getProperty(ERROR_METHOD) == null;
        File log = null;
        if (redirect) {
            try {
                log = File.createTempFile("retort-derby", ".log");
                log.deleteOnExit();
                System.setProperty(ERROR_FILE, log.getAbsolutePath());
            } catch (IOException e) {
                redirect = false;
            }
        }
        Driver driver = new org.apache.derby.jdbc.EmbeddedDriver();
        String name = "retort_verify_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try {
            List<EntityPlan> out = new ArrayList<>();
            try (Connection conn = driver.connect("jdbc:derby:memory:" + name + ";create=true", new Properties())) {
                Set<String> failedTables = createSchema(plan, conn, ddl);
                for (EntityPlan p : plan.entities()) {
                    List<VerifiedQuery> verified = new ArrayList<>();
                    if (!failedTables.isEmpty()) {
                        out.add(p);
                        continue;
                    }
                    Set<String> names = new HashSet<>();
                    for (QueryModel q : p.entity().queries()) {
                        if (!checkName(p.entity(), q, names)) {
                            continue;
                        }
                        VerifiedQuery v = verify(conn, plan, p.entity(), q);
                        if (v != null) {
                            verified.add(v);
                        }
                    }
                    out.add(p.withQueries(verified));
                }
            } finally {
                drop(driver, name);
            }
            return plan.withEntities(out);
        } finally {
            if (redirect) {
                System.clearProperty(ERROR_FILE);
                if (log != null && !log.delete()) {
                    log.deleteOnExit();
                }
            }
        }
    }

    private Set<String> createSchema(SchemaPlan plan, Connection conn, List<DdlStatement> ddl) {
        Set<String> failed = new HashSet<>();
        try (Statement st = conn.createStatement()) {
            for (DdlStatement s : ddl) {
                try {
                    st.execute(s.sql());
                } catch (SQLException e) {
                    String table = s.table();
                    failed.add(table);
                    for (EntityPlan p : plan.entities()) {
                        if (p.entity().tableFullName().equals(table)) {
                            diag.error(p.entity().site().annotation("Table"), Message.SCHEMA_INVALID, table,
                                    sentence(e.getMessage()), p.entity().displayName(),
                                    s.sql().replaceAll("\\s*\n\\s*", " "));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            failed.add("*");
        }
        return failed;
    }

    private boolean checkName(EntityModel e, QueryModel q, Set<String> names) {
        boolean identifier = !q.name().isEmpty() && Character.isJavaIdentifierStart(q.name().charAt(0))
                && q.name().chars().allMatch(Character::isJavaIdentifierPart)
                && !javax.lang.model.SourceVersion.isKeyword(q.name());
        String constant = dev.retort.processor.parse.Naming.constantCase(q.name());
        boolean clash = !names.add(q.name()) || !names.add("constant:" + constant) || e.column(q.name()) != null
                || e.relationship(q.name()) != null || e.column(constant) != null
                || EntityChecks.RESERVED.contains(q.name()) || EntityChecks.RESERVED.contains(constant)
                || constant.startsWith("CONVERTER_");
        if (!identifier || clash) {
            diag.error(q.site().attribute("name"), Message.QUERY_NAME, q.name(), e.displayName(), e.displayName());
            return false;
        }
        return true;
    }

    private VerifiedQuery verify(Connection conn, SchemaPlan plan, EntityModel e, QueryModel q) {
        NamedParameters parsed = NamedParameters.parse(q.sql());
        String keyword = parsed.firstKeyword();
        VerifiedQuery.Result kind;
        switch (keyword) {
            case "SELECT": case "WITH": case "VALUES": kind = VerifiedQuery.Result.ROWS; break;
            case "INSERT": case "UPDATE": case "DELETE": case "MERGE": kind = VerifiedQuery.Result.UPDATE_COUNT; break;
            default:
                diag.error(q.site().attribute("sql"), Message.QUERY_KIND, q.name(), e.displayName());
                return null;
        }
        try (PreparedStatement ps = conn.prepareStatement(parsed.jdbcSql())) {
            ParameterTypes types = new ParameterTypes(plan, e, parsed);
            List<VerifiedQuery.Parameter> params = new ArrayList<>();
            ParameterMetaData pmd = ps.getParameterMetaData();
            for (int i = 0; i < parsed.names().size(); i++) {
                int first = parsed.placeholders().indexOf(i);
                params.add(types.parameter(parsed.names().get(i), pmd.getParameterType(first + 1)));
            }
            List<Integer> columnOrder = new ArrayList<>();
            if (kind == VerifiedQuery.Result.ROWS) {
                ResultSetMetaData md = ps.getMetaData();
                for (int i = 1; md != null && i <= md.getColumnCount(); i++) {
                    ColumnModel c = columnIgnoringCase(e, md.getColumnLabel(i));
                    int index = c == null ? -1 : e.columns().indexOf(c);
                    if (index >= 0 && !columnOrder.contains(index)) {
                        columnOrder.add(index);
                    } else {
                        columnOrder.clear();
                        break;
                    }
                }
                if (columnOrder.size() == e.columns().size()) {
                    kind = VerifiedQuery.Result.ENTITIES;
                } else {
                    columnOrder.clear();
                }
            }
            return new VerifiedQuery(q, parsed.jdbcSql(), parsed.text(), params, parsed.placeholders(), kind,
                    columnOrder);
        } catch (SQLException ex) {
            List<String> tables = plan.creationOrder().stream().map(SchemaPlan.TableRef::fullName).toList();
            diag.error(q.site().attribute("sql"), Message.QUERY_INVALID, q.name(), e.displayName(),
                    sentence(ex.getMessage()), String.join(", ", tables));
            return null;
        }
    }

    private static ColumnModel columnIgnoringCase(EntityModel e, String label) {
        for (ColumnModel c : e.columns()) {
            if (c.name().equalsIgnoreCase(label)) {
                return c;
            }
        }
        return null;
    }

    /** A database message without its trailing periods, to be embedded in ours. */
    public static String sentence(String message) {
        String m = String.valueOf(message).strip();
        while (m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
        }
        return m.replaceAll("\\s+", " ");
    }

    private static void drop(Driver driver, String name) {
        try {
            Connection c = driver.connect("jdbc:derby:memory:" + name + ";drop=true", new Properties());
            if (c != null) {
                c.close();
            }
        } catch (SQLException expected) {
            // Derby reports a successful drop as SQLState 08006
        }
    }

    /** The SQL kind for a JDBC type. */
    static dev.retort.sql.TypeKind kindOf(int jdbcType) {
        switch (jdbcType) {
            case Types.BIGINT: return dev.retort.sql.TypeKind.BIGINT;
            case Types.INTEGER: return dev.retort.sql.TypeKind.INTEGER;
            case Types.SMALLINT: case Types.TINYINT: return dev.retort.sql.TypeKind.SMALLINT;
            case Types.CHAR: case Types.VARCHAR: case Types.NCHAR: case Types.NVARCHAR:
                return dev.retort.sql.TypeKind.VARCHAR;
            case Types.LONGVARCHAR: case Types.CLOB: case Types.NCLOB: return dev.retort.sql.TypeKind.TEXT;
            case Types.BOOLEAN: case Types.BIT: return dev.retort.sql.TypeKind.BOOLEAN;
            case Types.DOUBLE: case Types.FLOAT: return dev.retort.sql.TypeKind.DOUBLE;
            case Types.REAL: return dev.retort.sql.TypeKind.REAL;
            case Types.DECIMAL: case Types.NUMERIC: return dev.retort.sql.TypeKind.NUMERIC;
            case Types.DATE: return dev.retort.sql.TypeKind.DATE;
            case Types.TIME: return dev.retort.sql.TypeKind.TIME;
            case Types.TIMESTAMP: return dev.retort.sql.TypeKind.TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE: return dev.retort.sql.TypeKind.TIMESTAMP_TZ;
            case Types.BLOB: case Types.BINARY: case Types.VARBINARY: case Types.LONGVARBINARY:
                return dev.retort.sql.TypeKind.BLOB;
            default: return dev.retort.sql.TypeKind.NULL;
        }
    }

    /** The Java type generated code uses for a JDBC type. */
    static TypeName javaType(int jdbcType) {
        switch (jdbcType) {
            case Types.BIGINT: return ClassName.get(Long.class);
            case Types.INTEGER: return ClassName.get(Integer.class);
            case Types.SMALLINT: case Types.TINYINT: return ClassName.get(Short.class);
            case Types.CHAR: case Types.VARCHAR: case Types.LONGVARCHAR: case Types.CLOB:
            case Types.NCHAR: case Types.NVARCHAR: case Types.NCLOB:
                return ClassName.get(String.class);
            case Types.BOOLEAN: case Types.BIT: return ClassName.get(Boolean.class);
            case Types.DOUBLE: case Types.FLOAT: return ClassName.get(Double.class);
            case Types.REAL: return ClassName.get(Float.class);
            case Types.DECIMAL: case Types.NUMERIC: return ClassName.get(java.math.BigDecimal.class);
            case Types.DATE: return ClassName.get(java.time.LocalDate.class);
            case Types.TIME: return ClassName.get(java.time.LocalTime.class);
            case Types.TIMESTAMP: return ClassName.get(java.time.LocalDateTime.class);
            case Types.TIMESTAMP_WITH_TIMEZONE: return ClassName.get(java.time.OffsetDateTime.class);
            case Types.BLOB: case Types.BINARY: case Types.VARBINARY: case Types.LONGVARBINARY:
                return ArrayTypeName.of(TypeName.BYTE);
            default: return ClassName.get(Object.class);
        }
    }
}
