package dev.retort.benchmarks;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jooq.Record3;
import org.jooq.RecordMapper;

/**
 * The row mappers the hand-written contenders share: columns read by index into a
 * {@link Customer}, as one would write them for JDBC, and registered the same way with Jdbi and
 * jOOQ (MyBatis maps by its result maps).
 */
final class Mappers {
    /** {@code id, name, description} by index. */
    static Customer customer(ResultSet rs) throws SQLException {
        Customer c = new Customer();
        c.id = rs.getLong(1);
        c.name = rs.getString(2);
        c.description = rs.getString(3);
        return c;
    }

    static final RowMapper<Customer> JDBI_CUSTOMER = (rs, ctx) -> customer(rs);

    static final RecordMapper<Record3<Long, String, String>, Customer> JOOQ_CUSTOMER = r -> {
        Customer c = new Customer();
        c.id = r.value1();
        c.name = r.value2();
        c.description = r.value3();
        return c;
    };

    private Mappers() {}
}
