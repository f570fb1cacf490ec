package dev.retort.processor.validate;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class NamedParametersTest {

    @Test
    void replacesNamedParametersWithPlaceholdersInOrder() {
        NamedParameters p = NamedParameters.parse("SELECT * FROM t WHERE a = :a AND b = :bee OR a > :a");
        assertThat(p.jdbcSql()).isEqualTo("SELECT * FROM t WHERE a = ? AND b = ? OR a > ?");
        assertThat(p.names()).containsExactly("a", "bee").inOrder();
        assertThat(p.placeholders()).containsExactly(0, 1, 0).inOrder();
    }

    @Test
    void leavesLiteralsQuotedNamesCommentsAndCastsAlone() {
        NamedParameters p = NamedParameters.parse(
                "SELECT ':no', \"a:b\", x::text FROM t /* :no */ WHERE y = :yes -- :no\nAND 'it''s :no' = :z");
        assertThat(p.jdbcSql()).isEqualTo(
                "SELECT ':no', \"a:b\", x::text FROM t /* :no */ WHERE y = ? -- :no\nAND 'it''s :no' = ?");
        assertThat(p.names()).containsExactly("yes", "z").inOrder();
    }

    @Test
    void findsTheStatementKeyword() {
        assertThat(NamedParameters.parse("  -- hi\n (select 1)").firstKeyword()).isEqualTo("SELECT");
        assertThat(NamedParameters.parse("/* x */ delete from t").firstKeyword()).isEqualTo("DELETE");
        assertThat(NamedParameters.parse("DROP TABLE t").firstKeyword()).isEqualTo("DROP");
    }
}
