package dev.retort.processor.validate;

import dev.retort.processor.diag.Diagnostics;
import dev.retort.processor.diag.Message;
import dev.retort.processor.model.ColumnModel;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.model.IndexModel;
import dev.retort.processor.model.RelationshipModel;
import dev.retort.processor.model.TypeText;
import dev.retort.sql.TypeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks that need one entity only: primary key and generated keys, version counter,
 * duplicate columns, defaults, index columns, names the generated class already uses.
 */
final class EntityChecks {
    /** Members every generated class has; an attribute cannot take their names. */
    static final Set<String> RESERVED = Set.of("TABLE", "MAPPER", "ATTRIBUTES", "RELATIONS");

    private final Diagnostics diag;

    EntityChecks(Diagnostics diag) {
        this.diag = diag;
    }

    /**
     * What the checks worked out.
     *
     * @param autoincrementIndex the generated-key column, or -1
     * @param versionIndex the version column, or -1
     * @param defaults per column, the normalized default literal or {@code null}
     * @param indexColumns per {@link EntityModel#indexes()} entry, its column names
     */
    record Facts(int autoincrementIndex, int versionIndex, List<String> defaults, List<List<String>> indexColumns) {}

    Facts check(EntityModel e) {
        String name = e.displayName();
        boolean parsedCleanly = !diag.hasErrors(e.site().type());
        Map<String, ColumnModel> byName = new HashMap<>();
        for (ColumnModel c : e.columns()) {
            ColumnModel previous = byName.putIfAbsent(c.name(), c);
            if (previous != null) {
                diag.error(c.site().annotation("Column").attribute("name"), Message.DUPLICATE_COLUMN, c.name(),
                        e.table(), name + "." + previous.attribute(), name + "." + c.attribute());
            }
            if (RESERVED.contains(c.attribute())) {
                diag.error(c.site(), Message.RESERVED_NAME, name, c.attribute(), e.generated().simpleName(),
                        String.join(", ", RESERVED.stream().sorted().toList()));
            }
        }
        for (RelationshipModel r : e.relationships()) {
            if (RESERVED.contains(r.name())) {
                diag.error(r.site(), Message.RESERVED_NAME, name, r.name(), e.generated().simpleName(),
                        String.join(", ", RESERVED.stream().sorted().toList()));
            }
        }
        List<ColumnModel> pk = e.primaryKey();
        if (pk.isEmpty() && parsedCleanly) {
            diag.error(e.site(), Message.NO_PRIMARY_KEY, name);
        }

        int versionIndex = -1;
        List<String> versions = new ArrayList<>();
        for (int i = 0; i < e.columns().size(); i++) {
            ColumnModel c = e.columns().get(i);
            if (c.version()) {
                versions.add(c.attribute());
                if (versionIndex < 0) {
                    versionIndex = i;
                }
                if (c.primaryKey()) {
                    diag.error(c.site().annotation("Column").attribute("version"), Message.VERSION_PRIMARY_KEY,
                            name, c.attribute());
                }
            }
        }
        if (versions.size() > 1) {
            ColumnModel second = e.column(versions.get(1));
            diag.error(second.site().annotation("Column").attribute("version"), Message.SEVERAL_VERSIONS, name,
                    String.join(", ", versions));
        }

        int autoincrementIndex = -1;
        if (pk.size() == 1) {
            ColumnModel c = pk.get(0);
            if (c.autoincrementAllowed() && c.converter() == null && c.type().isInteger()
                    && c.type().kind() != TypeKind.ENUM && c.foreignKey() == null && c.serverDefault() == null) {
                // a record receives its generated key as a keyed copy (EntityMapper.withColumns)
                autoincrementIndex = e.columns().indexOf(c);
            }
        }

        checkSequences(e, autoincrementIndex);

        List<String> defaults = new ArrayList<>();
        for (ColumnModel c : e.columns()) {
            defaults.add(checkDefault(e, c));
        }

        List<List<String>> indexColumns = new ArrayList<>();
        for (IndexModel index : e.indexes()) {
            List<String> cols = new ArrayList<>();
            for (String col : index.columns()) {
                ColumnModel c = e.column(col);
                if (c == null) {
                    List<String> valid = e.columns().stream().map(ColumnModel::attribute).toList();
                    diag.error(index.site(), Message.UNKNOWN_INDEX_COLUMN,
                            index.constraint() ? "UniqueConstraint" : "Index", name, col, String.join(", ", valid));
                } else {
                    cols.add(c.name());
                }
            }
            indexColumns.add(cols);
        }
        return new Facts(autoincrementIndex, versionIndex, defaults, indexColumns);
    }

    /** A sequence belongs on the generated key only, and reserves at least one key per fetch. */
    private void checkSequences(EntityModel e, int autoincrementIndex) {
        for (int i = 0; i < e.columns().size(); i++) {
            ColumnModel c = e.columns().get(i);
            if (c.sequence() == null) {
                continue;
            }
            var column = c.site().annotation("Column");
            if (c.converter() != null || !c.type().isInteger() || c.type().kind() == TypeKind.ENUM) {
                diag.error(column.attribute("sequence"), Message.SEQUENCE_TYPE, e.displayName(), c.attribute(),
                        TypeText.of(c.javaType()));
            } else if (i != autoincrementIndex) {
                diag.error(column.attribute("sequence"), Message.SEQUENCE_NOT_KEY, e.displayName(), c.attribute());
            }
            if (c.allocationSize() < 1) {
                diag.error(column.attribute("allocationSize"), Message.SEQUENCE_ALLOCATION_SIZE, c.allocationSize(),
                        e.displayName(), c.attribute());
            }
        }
    }

    private String checkDefault(EntityModel e, ColumnModel c) {
        if (c.defaultValue() == null) {
            return null;
        }
        String name = e.displayName();
        var site = c.site().annotation("Column").attribute("defaultValue");
        if (e.record()) {
            diag.error(site, Message.IMMUTABLE_DEFAULT, name, c.attribute(), name);
            return null;
        }
        if (c.isPrimitive()) {
            diag.error(site, Message.DEFAULT_ON_PRIMITIVE, name, c.attribute(), c.javaType(),
                    TypeText.of(c.boxedType()));
            return null;
        }
        String literal = DefaultValues.normalize(c, c.defaultValue());
        if (literal == null) {
            String typeText = c.converter() != null ? TypeText.of(c.converter().storedJavaType())
                    : TypeText.of(c.javaType());
            diag.error(site, Message.DEFAULT_VALUE, c.defaultValue(), name, c.attribute(), typeText,
                    Message.literalHint(c.type().kind()));
        }
        return literal;
    }

    static String simple(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? qualified : qualified.substring(dot + 1);
    }
}
