package dev.retort.processor.validate;

import static com.google.common.truth.Truth.assertThat;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.retort.dialect.derby.DerbyDialect;
import dev.retort.processor.diag.Diagnostics;
import dev.retort.processor.model.Access;
import dev.retort.processor.model.BaseModel;
import dev.retort.processor.model.ColumnModel;
import dev.retort.processor.model.DdlStatement;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.model.EntityPlan;
import dev.retort.processor.model.QueryModel;
import dev.retort.processor.model.SchemaPlan;
import dev.retort.processor.model.Site;
import dev.retort.processor.model.SqlTypeModel;
import dev.retort.processor.model.VerifiedQuery;
import dev.retort.processor.write.DdlWriter;
import dev.retort.sql.Table;
import dev.retort.sql.TypeKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Named queries prepared against a Derby schema built from the model: parameter and result types. */
class QueryVerifierTest {
    private static final String TYPE = "example.Address";

    private static ColumnModel column(String attr, String name, TypeName type, SqlTypeModel sql, boolean pk) {
        return new ColumnModel(attr, name, type, sql, null, pk, true, !pk, false, false, false, null, null, null,
                false, null, 50, Access.field(attr), Site.of(TYPE, attr));
    }

    private static QueryModel query(int i, String name, String sql) {
        return new QueryModel(name, sql, Site.of(TYPE, "@Query[" + i + "]").annotation("Query"));
    }

    private static SchemaPlan verify(Diagnostics diag, QueryModel... queries) throws Exception {
        List<ColumnModel> columns = List.of(
                column("id", "id", ClassName.get(Long.class), SqlTypeModel.of(TypeKind.BIGINT), true),
                column("email", "email", ClassName.get(String.class),
                        SqlTypeModel.of(TypeKind.VARCHAR).withLength(100), false),
                column("photo", "photo", ArrayTypeName.of(TypeName.BYTE), SqlTypeModel.of(TypeKind.BLOB), false));
        EntityModel e = new EntityModel(ClassName.get("example", "Address"), ClassName.get("example", "Address_"),
                ClassName.get("example", "Base"), false, false, "addresses", null, columns, List.of(), List.of(),
                List.of(queries), List.of(), Site.of(TYPE));
        BaseModel base = new BaseModel(ClassName.get("example", "Base"), ClassName.get("example", "Base_"),
                Site.of("example.Base"));
        SchemaPlan plan = new SchemaValidator(diag).validate(List.of(base), List.of(e)).get(0);
        List<DdlStatement> ddl = new ArrayList<>();
        for (Table t : DdlWriter.tables(plan)) {
            ddl.addAll(DdlWriter.statements(t, DerbyDialect.INSTANCE));
        }
        return new QueryVerifier(diag).verify(plan, ddl);
    }

    @Test
    void classifiesResultsAndTypesParametersFromTheirColumns() throws Exception {
        Diagnostics diag = new Diagnostics();
        SchemaPlan plan = verify(diag,
                query(0, "byEmail", "SELECT * FROM addresses WHERE email = :email"),
                query(1, "emails", "SELECT email, id + 1 AS successor FROM addresses WHERE id > :min AND :max > id"),
                query(2, "forget", "DELETE FROM addresses WHERE id IN (:a, :b) AND LENGTH(email) > :len"),
                query(3, "rename", "UPDATE addresses SET email = :email WHERE id BETWEEN :low AND :high"
                        + " -- not :this\n OR email = :email"),
                query(4, "add", "INSERT INTO addresses (id, photo) VALUES (:id, :photo)"),
                query(5, "reordered", "SELECT photo, email, id FROM addresses"));
        assertThat(diag.reports()).isEmpty();
        EntityPlan p = plan.entities().get(0);
        assertThat(p.queries()).hasSize(6);
        TypeName string = ClassName.get(String.class);
        TypeName longType = ClassName.get(Long.class);
        SqlTypeModel varchar = SqlTypeModel.of(TypeKind.VARCHAR).withLength(100);
        SqlTypeModel bigint = SqlTypeModel.of(TypeKind.BIGINT);

        VerifiedQuery byEmail = p.queries().get(0);
        assertThat(byEmail.result()).isEqualTo(VerifiedQuery.Result.ENTITIES);
        assertThat(byEmail.columnOrder()).containsExactly(0, 1, 2).inOrder();
        assertThat(byEmail.jdbcSql()).isEqualTo("SELECT * FROM addresses WHERE email = ?");
        assertThat(byEmail.parameters()).containsExactly(new VerifiedQuery.Parameter("email", string, varchar, "email"));

        VerifiedQuery emails = p.queries().get(1);
        assertThat(emails.result()).isEqualTo(VerifiedQuery.Result.ROWS);
        assertThat(emails.parameters()).containsExactly(
                new VerifiedQuery.Parameter("min", longType, bigint, "id"),
                new VerifiedQuery.Parameter("max", longType, bigint, "id")).inOrder();

        VerifiedQuery forget = p.queries().get(2);
        assertThat(forget.result()).isEqualTo(VerifiedQuery.Result.UPDATE_COUNT);
        assertThat(forget.parameters()).containsExactly(
                new VerifiedQuery.Parameter("a", longType, bigint, "id"),
                new VerifiedQuery.Parameter("b", longType, bigint, "id"),
                new VerifiedQuery.Parameter("len", ClassName.get(Integer.class), SqlTypeModel.of(TypeKind.INTEGER),
                        null)).inOrder();

        VerifiedQuery rename = p.queries().get(3);
        assertThat(rename.parameters()).containsExactly(
                new VerifiedQuery.Parameter("email", string, varchar, "email"),
                new VerifiedQuery.Parameter("low", longType, bigint, "id"),
                new VerifiedQuery.Parameter("high", longType, bigint, "id")).inOrder();
        assertThat(rename.placeholders()).containsExactly(0, 1, 2, 0).inOrder();
        assertThat(rename.text()).contains("-- not \\:this");

        VerifiedQuery add = p.queries().get(4);
        assertThat(add.parameters()).containsExactly(
                new VerifiedQuery.Parameter("id", longType, bigint, "id"),
                new VerifiedQuery.Parameter("photo", ArrayTypeName.of(TypeName.BYTE), SqlTypeModel.of(TypeKind.BLOB),
                        "photo")).inOrder();

        VerifiedQuery reordered = p.queries().get(5);
        assertThat(reordered.result()).isEqualTo(VerifiedQuery.Result.ENTITIES);
        assertThat(reordered.columnOrder()).containsExactly(2, 1, 0).inOrder();
    }

    @Test
    void reportsInvalidSqlOnTheQuery() throws Exception {
        Diagnostics diag = new Diagnostics();
        verify(diag, query(0, "broken", "SELECT nope FROM addresses"));
        assertThat(diag.reports()).hasSize(1);
        assertThat(diag.reports().get(0).text()).startsWith("[retort:query-invalid] @Query broken on Address is not"
                + " valid SQL for the declared schema: Column 'NOPE' is either not in any table");
        assertThat(diag.reports().get(0).site()).isEqualTo(Site.of(TYPE, "@Query[0]").annotation("Query")
                .attribute("sql"));
    }
}
