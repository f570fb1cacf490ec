package dev.retort.benchmarks;

import static dev.retort.Retort.sessionmaker;

import dev.retort.engine.Engine;
import dev.retort.orm.SessionFactory;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.jdbi.v3.core.Jdbi;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The libraries under test, each set up as an application would set it up in production. A fork
 * builds only the one its benchmark method names ({@link #boot}), so no other library's classes,
 * JIT profile or memory are in that JVM.
 */
final class Peers implements AutoCloseable {
    /** The contenders, by the prefix of a benchmark method's name ({@code retort}, {@code retort_lazy}...). */
    static final String JDBC = "jdbc";
    static final String RETORT = "retort";
    static final String HIBERNATE = "hibernate";
    static final String JDBI = "jdbi";
    static final String MYBATIS = "mybatis";
    static final String JOOQ = "jooq";

    static {
        quietLibraries();
    }

    /** Production settings made by system property: jOOQ prints no banner and no tips on first use. */
    static void quietLibraries() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    final Database db;
    Engine engine;
    SessionFactory retort;
    org.hibernate.SessionFactory hibernate;
    Jdbi jdbi;
    SqlSessionFactory mybatis;
    DSLContext jooq;

    private Peers(Database db) {
        this.db = db;
    }

    /** The contender of a benchmark method: its name up to the first underscore. */
    static String contender(String method) {
        int underscore = method.indexOf('_');
        return underscore < 0 ? method : method.substring(0, underscore);
    }

    /** Builds the library {@code method} (a benchmark method's name) measures, and nothing else. */
    static Peers boot(Database db, String method) {
        Peers peers = new Peers(db);
        switch (contender(method)) {
            case JDBC -> db.dataSource();
            case RETORT -> {
                peers.engine = Engine.create(db.url);
                peers.retort = sessionmaker(peers.engine);
            }
            case HIBERNATE -> peers.hibernate = hibernate(db, db.dataSource());
            case JDBI -> peers.jdbi = Jdbi.create(db.dataSource());
            case MYBATIS -> peers.mybatis = mybatis(db.dataSource());
            case JOOQ -> peers.jooq = jooq(db, db.dataSource());
            default -> throw new IllegalArgumentException("No contender named " + method);
        }
        return peers;
    }

    /**
     * Hibernate's session factory, configured programmatically: the four entities, JDBC batches of
     * 1000 with ordered inserts and updates, no schema management, no statistics, connections
     * from the given pool (or, when it is null, Hibernate's built-in pool on the URL).
     */
    static org.hibernate.SessionFactory hibernate(Database db, javax.sql.DataSource dataSource) {
        org.hibernate.cfg.Configuration cfg = new org.hibernate.cfg.Configuration()
                .addAnnotatedClass(HibernateCustomer.class)
                .addAnnotatedClass(HibernateSequenceCustomer.class)
                .addAnnotatedClass(HibernateUser.class)
                .addAnnotatedClass(HibernateAddress.class)
                .setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, Database.BATCH)
                .setProperty(AvailableSettings.ORDER_INSERTS, true)
                .setProperty(AvailableSettings.ORDER_UPDATES, true)
                .setProperty(AvailableSettings.HBM2DDL_AUTO, "none")
                .setProperty(AvailableSettings.GENERATE_STATISTICS, false)
                .setProperty(AvailableSettings.SHOW_SQL, false)
                // no probing of the driver's LOB support at boot (Derby's fails, and the pool then evicts that connection)
                .setProperty(AvailableSettings.NON_CONTEXTUAL_LOB_CREATION, true);
        if (!db.postgres) {
            cfg.setProperty(AvailableSettings.DIALECT, "org.hibernate.community.dialect.DerbyDialect");
        }
        if (dataSource != null) {
            cfg.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        } else {
            cfg.setProperty(AvailableSettings.JAKARTA_JDBC_URL, db.jdbcUrl).setProperty(AvailableSettings.POOL_SIZE, 2);
            if (db.user != null) {
                cfg.setProperty(AvailableSettings.JAKARTA_JDBC_USER, db.user);
                cfg.setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, db.password);
            }
        }
        return cfg.buildSessionFactory();
    }

    /** MyBatis with the {@link BenchMapper} interface and its XML mapper, JDBC transactions. */
    static SqlSessionFactory mybatis(javax.sql.DataSource dataSource) {
        Configuration cfg = new Configuration(new Environment("bench", new JdbcTransactionFactory(), dataSource));
        cfg.setMapUnderscoreToCamelCase(true);
        cfg.addMapper(BenchMapper.class);
        return new SqlSessionFactoryBuilder().build(cfg);
    }

    /** jOOQ's DSL context over the pool, the database's dialect, names rendered unquoted (Derby upper-cases them). */
    static DSLContext jooq(Database db, javax.sql.DataSource dataSource) {
        Settings settings = new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER).withExecuteLogging(false);
        return DSL.using(dataSource, db.postgres ? SQLDialect.POSTGRES : SQLDialect.DERBY, settings);
    }

    @Override
    public void close() {
        if (hibernate != null) {
            hibernate.close();
        }
        if (engine != null) {
            engine.close();
        }
    }
}
