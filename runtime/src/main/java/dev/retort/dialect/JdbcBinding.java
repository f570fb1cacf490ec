package dev.retort.dialect;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How values of one storage type travel through JDBC on one database. Values handed to
 * {@link #bind} and returned by {@link #read} are of the storage type's Java type
 * ({@code SqlType.storageType().javaType()}): {@code UUID} for UUID columns even on databases that
 * keep them as text. Implementations are stateless and shared.
 */
public interface JdbcBinding {

    /** Binds {@code value} (possibly {@code null}) to parameter {@code index} (1-based). */
    void bind(PreparedStatement statement, int index, Object value) throws SQLException;

    /** Reads column {@code index} (1-based) of the current row; {@code null} for SQL NULL. */
    Object read(ResultSet resultSet, int index) throws SQLException;
}
