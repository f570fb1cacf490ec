package dev.retort.benchmarks;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** MyBatis's mapper for the workloads; the SQL and result maps are in {@code BenchMapper.xml} beside it. */
public interface BenchMapper {
    /** One row of a batch (the session's executor batches). */
    void insert(@Param("name") String name, @Param("description") String description);

    List<Customer> selectAll();

    Customer selectById(long id);

    List<Customer> selectBetween(@Param("low") long low, @Param("high") long high);

    void updateDescription(Customer customer);

    /** Users joined to their addresses, nested by the result map. */
    List<User> selectUsersWithAddresses();
}
