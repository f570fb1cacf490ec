package dev.retort.processor.validate;

import com.palantir.javapoet.TypeName;
import dev.retort.processor.model.ColumnModel;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.model.EntityPlan;
import dev.retort.processor.model.SchemaPlan;
import dev.retort.processor.model.SqlTypeModel;
import dev.retort.processor.model.VerifiedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Types a named query's parameters from the columns they are compared with, as {@code @Query}'s
 * Javadoc promises: {@code email_address = :email} makes {@code :email} a {@code String} bound as
 * that column's type, an enum column makes it the enum, a converted column its Java type. Seen
 * shapes: {@code col op :p} and {@code :p op col} (comparisons, LIKE), {@code col [NOT] BETWEEN :a
 * AND :b}, {@code col [NOT] IN (:a, :b)}, {@code SET col = :p} and {@code INSERT INTO t (cols)
 * VALUES (:a, ...)}. A parameter whose column cannot be seen, or that meets different columns,
 * takes the type the database infers for it.
 */
final class ParameterTypes {
    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", ">", "<=", ">=", "LIKE", "ILIKE");

    private final SchemaPlan plan;
    private final EntityModel entity;
    private final List<String> tokens;

    ParameterTypes(SchemaPlan plan, EntityModel entity, NamedParameters parsed) {
        this.plan = plan;
        this.entity = entity;
        this.tokens = parsed.tokens();
    }

    VerifiedQuery.Parameter parameter(String name, int jdbcType) {
        ColumnModel column = null;
        EntityModel owner = null;
        boolean conflict = false;
        for (int k = 0; k < tokens.size(); k++) {
            if (!tokens.get(k).equals(":" + name)) {
                continue;
            }
            String identifier = columnNear(k);
            if (identifier == null) {
                continue;
            }
            ColumnModel c = named(entity, identifier);
            EntityModel o = entity;
            if (c == null) {
                c = elsewhere(identifier);
                o = c == null ? null : ownerOf(c);
            }
            if (c == null) {
                continue;
            }
            if (column != null && column != c) {
                conflict = true;
            }
            column = c;
            owner = o;
        }
        if (column == null || conflict) {
            return new VerifiedQuery.Parameter(name, QueryVerifier.javaType(jdbcType),
                    SqlTypeModel.of(QueryVerifier.kindOf(jdbcType)), null);
        }
        if (owner == entity) {
            return new VerifiedQuery.Parameter(name, column.boxedType(), column.type(), column.attribute());
        }
        TypeName javaType = column.converter() != null ? column.converter().storedJavaType() : column.boxedType();
        return new VerifiedQuery.Parameter(name, javaType, column.type(), null);
    }

    /** The column name compared with the parameter at token {@code k}, or {@code null}. */
    private String columnNear(int k) {
        String before = token(k - 1).toUpperCase(Locale.ROOT);
        if (COMPARISONS.contains(before)) {
            int at = token(k - 2).equalsIgnoreCase("NOT") ? k - 3 : k - 2;
            return identifier(token(at));
        }
        if (COMPARISONS.contains(token(k + 1).toUpperCase(Locale.ROOT))) {
            return identifier(token(k + 2));
        }
        if (before.equals("BETWEEN")) {
            return identifier(token(token(k - 2).equalsIgnoreCase("NOT") ? k - 3 : k - 2));
        }
        if (before.equals("AND") && token(k - 3).equalsIgnoreCase("BETWEEN")) {
            return identifier(token(token(k - 4).equalsIgnoreCase("NOT") ? k - 5 : k - 4));
        }
        int j = k - 1;
        while (j >= 0 && (token(j).equals(",") || token(j).startsWith(":"))) {
            j--;
        }
        if (token(j).equals("(") && token(j - 1).equalsIgnoreCase("IN")) {
            return identifier(token(token(j - 2).equalsIgnoreCase("NOT") ? j - 3 : j - 2));
        }
        if (token(j).equals("(") && token(j - 1).equalsIgnoreCase("VALUES")) {
            return insertColumn(k, j);
        }
        return null;
    }

    /** For {@code INSERT INTO t (a, b) VALUES (:x, :y)}: the column at the parameter's position. */
    private String insertColumn(int k, int open) {
        int position = 0;
        for (int i = open + 1; i < k; i++) {
            if (token(i).equals(",")) {
                position++;
            }
        }
        int close = open - 2;
        if (!token(close).equals(")")) {
            return null;
        }
        List<String> columns = new ArrayList<>();
        int i = close - 1;
        while (i >= 0 && !token(i).equals("(")) {
            if (!token(i).equals(",")) {
                columns.add(0, token(i));
            }
            i--;
        }
        return position < columns.size() ? identifier(columns.get(position)) : null;
    }

    private String token(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : "";
    }

    /** A column name from a (possibly qualified or quoted) identifier token, or {@code null}. */
    private static String identifier(String token) {
        if (token.isEmpty() || token.startsWith(":") || token.startsWith("'")) {
            return null;
        }
        String last = token.substring(token.lastIndexOf('.') + 1);
        if (last.startsWith("\"") && last.endsWith("\"") && last.length() > 1) {
            return last.substring(1, last.length() - 1);
        }
        if (!Character.isLetter(last.isEmpty() ? '0' : last.charAt(0)) && !last.startsWith("_")) {
            return null;
        }
        return last.toLowerCase(Locale.ROOT);
    }

    /** The only column of that name among the other entities of the base, or {@code null}. */
    private ColumnModel elsewhere(String name) {
        ColumnModel found = null;
        for (EntityPlan p : plan.entities()) {
            if (p.entity() == entity) {
                continue;
            }
            ColumnModel c = named(p.entity(), name);
            if (c != null) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    private static ColumnModel named(EntityModel e, String name) {
        for (ColumnModel c : e.columns()) {
            if (c.name().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return null;
    }

    private EntityModel ownerOf(ColumnModel c) {
        for (EntityPlan p : plan.entities()) {
            if (p.entity().columns().contains(c)) {
                return p.entity();
            }
        }
        return null;
    }
}
