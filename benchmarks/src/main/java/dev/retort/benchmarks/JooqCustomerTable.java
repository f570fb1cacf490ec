package dev.retort.benchmarks;

import org.jooq.Identity;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;
import org.jooq.impl.Internal;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;
import org.jooq.impl.UpdatableRecordImpl;

/**
 * The {@code customer} table as jOOQ's code generator would write it, so that its records are
 * updatable ({@code newRecord}, {@code store()} with the identity key read back): W2's jOOQ
 * contender. The other workloads use the plain names of {@link JooqNames}.
 */
final class JooqCustomerTable extends TableImpl<JooqCustomerTable.CustomerRecord> {
    static final JooqCustomerTable CUSTOMER = new JooqCustomerTable();

    final TableField<CustomerRecord, Long> id = createField(DSL.name("id"), SQLDataType.BIGINT.nullable(false).identity(true), this);
    final TableField<CustomerRecord, String> name = createField(DSL.name("name"), SQLDataType.VARCHAR(255), this);
    final TableField<CustomerRecord, String> description = createField(DSL.name("description"), SQLDataType.VARCHAR(255), this);

    private JooqCustomerTable() {
        super(DSL.name("customer"));
    }

    @Override
    public Class<CustomerRecord> getRecordType() {
        return CustomerRecord.class;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Identity<CustomerRecord, Long> getIdentity() {
        return (Identity<CustomerRecord, Long>) super.getIdentity();
    }

    @Override
    public UniqueKey<CustomerRecord> getPrimaryKey() {
        return Internal.createUniqueKey(this, DSL.name("customer_pkey"), new TableField[] {id}, true);
    }

    /** An updatable customer record. */
    public static final class CustomerRecord extends UpdatableRecordImpl<CustomerRecord> {
        public CustomerRecord() {
            super(CUSTOMER);
        }
    }
}
