package dev.retort.processor.parse;

import com.palantir.javapoet.ClassName;
import dev.retort.processor.model.SqlTypeModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Java types to SQL types, as API.md §2 and {@code @Column}'s Javadoc list them. Anything else
 * needs a converter.
 */
public final class TypeMapping {
    private TypeMapping() {}

    private static final Map<String, dev.retort.sql.TypeKind> DECLARED = Map.ofEntries(
            Map.entry("java.lang.Integer", dev.retort.sql.TypeKind.INTEGER),
            Map.entry("java.lang.Long", dev.retort.sql.TypeKind.BIGINT),
            Map.entry("java.lang.Short", dev.retort.sql.TypeKind.SMALLINT),
            Map.entry("java.lang.String", dev.retort.sql.TypeKind.VARCHAR),
            Map.entry("java.lang.Boolean", dev.retort.sql.TypeKind.BOOLEAN),
            Map.entry("java.lang.Double", dev.retort.sql.TypeKind.DOUBLE),
            Map.entry("java.lang.Float", dev.retort.sql.TypeKind.REAL),
            Map.entry("java.math.BigDecimal", dev.retort.sql.TypeKind.NUMERIC),
            Map.entry("java.time.LocalDate", dev.retort.sql.TypeKind.DATE),
            Map.entry("java.time.LocalTime", dev.retort.sql.TypeKind.TIME),
            Map.entry("java.time.LocalDateTime", dev.retort.sql.TypeKind.TIMESTAMP),
            Map.entry("java.time.OffsetDateTime", dev.retort.sql.TypeKind.TIMESTAMP_TZ),
            Map.entry("java.time.Instant", dev.retort.sql.TypeKind.TIMESTAMP_TZ),
            Map.entry("java.util.UUID", dev.retort.sql.TypeKind.UUID));

    /** The SQL type for values of {@code type}, or {@code null} when Retort does not map it. */
    public static SqlTypeModel map(TypeMirror type) {
        switch (type.getKind()) {
            case INT: return SqlTypeModel.of(dev.retort.sql.TypeKind.INTEGER);
            case LONG: return SqlTypeModel.of(dev.retort.sql.TypeKind.BIGINT);
            case SHORT: return SqlTypeModel.of(dev.retort.sql.TypeKind.SMALLINT);
            case BOOLEAN: return SqlTypeModel.of(dev.retort.sql.TypeKind.BOOLEAN);
            case DOUBLE: return SqlTypeModel.of(dev.retort.sql.TypeKind.DOUBLE);
            case FLOAT: return SqlTypeModel.of(dev.retort.sql.TypeKind.REAL);
            case ARRAY:
                return ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE
                        ? SqlTypeModel.of(dev.retort.sql.TypeKind.BLOB) : null;
            case DECLARED:
                return mapDeclared((DeclaredType) type);
            default:
                return null;
        }
    }

    private static SqlTypeModel mapDeclared(DeclaredType type) {
        TypeElement e = (TypeElement) type.asElement();
        if (e.getKind() == ElementKind.ENUM) {
            List<String> constants = new ArrayList<>();
            for (Element member : e.getEnclosedElements()) {
                if (member.getKind() == ElementKind.ENUM_CONSTANT) {
                    constants.add(member.getSimpleName().toString());
                }
            }
            return constants.isEmpty() ? null : SqlTypeModel.enumOf(ClassName.get(e), constants);
        }
        if (!type.getTypeArguments().isEmpty()) {
            return null;
        }
        String name = e.getQualifiedName().toString();
        dev.retort.sql.TypeKind kind = DECLARED.get(name);
        if (kind == null) {
            return null;
        }
        SqlTypeModel m = SqlTypeModel.of(kind);
        return name.equals("java.time.Instant") ? m.withJavaClass(ClassName.get(e)) : m;
    }

    /**
     * The SQL kinds {@code @Column(type = ...)} may choose for a value of {@code natural} kind:
     * {@code TEXT} for strings, {@code VARBINARY} for bytes; otherwise the kind itself.
     */
    public static List<dev.retort.sql.TypeKind> overrides(dev.retort.sql.TypeKind natural) {
        switch (natural) {
            case VARCHAR: return List.of(dev.retort.sql.TypeKind.VARCHAR, dev.retort.sql.TypeKind.TEXT);
            case BLOB: return List.of(dev.retort.sql.TypeKind.BLOB, dev.retort.sql.TypeKind.VARBINARY);
            default: return List.of(natural);
        }
    }

    /** The {@code ColumnType} constant name for a kind ({@code TIMESTAMP_TZ} is {@code TIMESTAMP_WITH_TIME_ZONE}). */
    public static String columnTypeName(dev.retort.sql.TypeKind kind) {
        return kind == dev.retort.sql.TypeKind.TIMESTAMP_TZ ? "TIMESTAMP_WITH_TIME_ZONE" : kind.name();
    }

    /** The kind a {@code ColumnType} constant name stands for, or {@code null} for AUTO. */
    public static dev.retort.sql.TypeKind kindOf(String columnType) {
        if (columnType.equals("AUTO")) {
            return null;
        }
        return columnType.equals("TIMESTAMP_WITH_TIME_ZONE") ? dev.retort.sql.TypeKind.TIMESTAMP_TZ
                : dev.retort.sql.TypeKind.valueOf(columnType);
    }

    /** Whether a converter may store values as {@code type}: a mapped type that is neither an enum nor generic. */
    static boolean isStorable(TypeMirror type) {
        SqlTypeModel m = type.getKind() == TypeKind.DECLARED ? map(type) : null;
        if (type.getKind() == TypeKind.ARRAY) {
            m = map(type);
        }
        return m != null && m.kind() != dev.retort.sql.TypeKind.ENUM;
    }

    /** The ClassName of a mapped declared type ({@code BigDecimal}), for converters' stored types. */
    static ClassName className(TypeMirror type) {
        return ClassName.get((TypeElement) ((DeclaredType) type).asElement());
    }

    /** Whether {@code kind} is a SQL kind stored as an integer. */
    static boolean isInteger(TypeMirror type) {
        SqlTypeModel m = map(type);
        return m != null && m.isInteger() && m.kind() != dev.retort.sql.TypeKind.ENUM;
    }
}
