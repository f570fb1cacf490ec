package dev.retort.benchmarks;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The schema as jOOQ sees it without its code generator: typed tables and fields made once, as
 * generated classes would hold them.
 */
final class JooqNames {
    static final Table<Record> CUSTOMER = table(name("customer"));
    static final Field<Long> C_ID = field(name("customer", "id"), SQLDataType.BIGINT);
    static final Field<String> C_NAME = field(name("customer", "name"), SQLDataType.VARCHAR(255));
    static final Field<String> C_DESCRIPTION = field(name("customer", "description"), SQLDataType.VARCHAR(255));

    static final Table<Record> USERS = table(name("users"));
    static final Field<Long> U_ID = field(name("users", "id"), SQLDataType.BIGINT);
    static final Field<String> U_NAME = field(name("users", "name"), SQLDataType.VARCHAR(50));

    static final Table<Record> ADDRESSES = table(name("addresses"));
    static final Field<Long> A_ID = field(name("addresses", "id"), SQLDataType.BIGINT);
    static final Field<Long> A_USER_ID = field(name("addresses", "user_id"), SQLDataType.BIGINT);
    static final Field<String> A_EMAIL = field(name("addresses", "email"), SQLDataType.VARCHAR(100));

    private JooqNames() {}
}
