package dev.retort.processor.parse;

import com.palantir.javapoet.TypeName;
import dev.retort.processor.diag.Diagnostics;
import dev.retort.processor.diag.Message;
import dev.retort.processor.model.Access;
import dev.retort.processor.model.ColumnModel;
import dev.retort.processor.model.ConverterModel;
import dev.retort.processor.model.ForeignKeyModel;
import dev.retort.processor.model.RelationshipModel;
import dev.retort.processor.model.Site;
import dev.retort.processor.model.SqlTypeModel;
import dev.retort.sql.ReferentialAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Parses the {@code @Column} and {@code @Relationship} fields of an entity. */
final class MemberParser {
    static final String COLUMN = "dev.retort.annotations.Column";
    static final String RELATIONSHIP = "dev.retort.annotations.Relationship";
    private static final String CONVERTER = "dev.retort.annotations.Converter";

    private final Elements elements;
    private final Types types;
    private final Sites sites;
    private final Diagnostics diag;
    private final AccessResolver access;
    private final RelationshipParser relationshipParser;
    private final Mirrors.Defaults defaults;

    MemberParser(Elements elements, Types types, Sites sites, Diagnostics diag, AccessResolver access,
            Mirrors.Defaults defaults) {
        this.defaults = defaults;
        this.elements = elements;
        this.types = types;
        this.sites = sites;
        this.diag = diag;
        this.access = access;
        this.relationshipParser = new RelationshipParser(elements, types, diag, access);
    }

    /**
     * What the members of one entity share.
     *
     * @param declName the declaring class's qualified name (the Site type)
     * @param declSimpleName the declaring class's simple name
     * @param display the mapped class as users read it
     * @param mapped the mapped class
     * @param classical whether fields name properties of another class
     * @param record whether the mapped class is a record
     * @param pkg the generated code's package
     */
    record Context(String declName, String declSimpleName, String display, TypeElement mapped, boolean classical,
            boolean record, String pkg) {}

    void parse(Context ctx, VariableElement field, List<ColumnModel> columns,
            List<RelationshipModel> relationships) {
        String name = field.getSimpleName().toString();
        Site site = Site.of(ctx.declName(), name);
        sites.put(site, field);
        AnnotationMirror col = Mirrors.find(field, COLUMN);
        AnnotationMirror rel = Mirrors.find(field, RELATIONSHIP);
        boolean isStatic = field.getModifiers().contains(Modifier.STATIC);
        if (col == null && rel == null) {
            if (ctx.record() && !ctx.classical() && !isStatic) {
                diag.error(site, Message.RECORD_COMPONENT_UNMAPPED, ctx.display(), name);
            }
            return;
        }
        if (col != null && rel != null) {
            diag.error(site, Message.COLUMN_AND_RELATIONSHIP, ctx.display(), name);
            return;
        }
        if (isStatic) {
            diag.error(site, Message.STATIC_FIELD, ctx.display(), name);
            return;
        }
        Mirrors m = new Mirrors(col != null ? col : rel, defaults);
        Site annotationSite = site.annotation(col != null ? "Column" : "Relationship");
        sites.put(annotationSite, field, m.mirror(), null);
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : m.mirror().getElementValues().entrySet()) {
            sites.put(annotationSite.attribute(e.getKey().getSimpleName().toString()), field, m.mirror(), e.getValue());
        }

        // the property: this field, or for a classical mapping the mapped class's field or accessors
        TypeMirror type = field.asType();
        VariableElement property = field;
        if (ctx.classical()) {
            property = findField(ctx.mapped(), name);
            if (property != null) {
                if (!types.isSameType(property.asType(), type)) {
                    diag.error(site, Message.CLASSICAL_PROPERTY_TYPE, ctx.declSimpleName(), name,
                            AccessResolver.simpleName(type), ctx.display(), name,
                            AccessResolver.simpleName(property.asType()));
                    return;
                }
            }
        }
        AccessResolver.Result r = access.resolve(ctx.mapped(), property, name, type, ctx.pkg(), ctx.record());
        if (r.access() == null) {
            if (ctx.classical() && property == null) {
                diag.error(site, Message.CLASSICAL_PROPERTY_MISSING, ctx.declSimpleName(), name,
                        ctx.display(), String.join(", ", propertyNames(ctx.mapped())));
            } else if (r.finalField()) {
                diag.error(site, Message.FINAL_FIELD, ctx.display(), name);
            } else {
                List<String> suggested = AccessResolver.suggestedAccessors(name, type);
                diag.error(site, Message.INACCESSIBLE_FIELD, ctx.display(), name, ctx.pkg(), suggested.get(0),
                        suggested.get(1));
            }
            return;
        }
        if (col != null) {
            ColumnModel c = parseColumn(ctx, site, annotationSite, name, type, m, r.access());
            if (c != null) {
                columns.add(c);
            }
        } else {
            RelationshipModel rm = relationshipParser.parse(ctx, site, name, type, m, r.access());
            if (rm != null) {
                relationships.add(rm);
            }
        }
    }

    private VariableElement findField(TypeElement type, String name) {
        for (VariableElement f : ElementFilter.fieldsIn(elements.getAllMembers(type))) {
            if (f.getSimpleName().contentEquals(name) && !f.getModifiers().contains(Modifier.STATIC)) {
                return f;
            }
        }
        return null;
    }

    private List<String> propertyNames(TypeElement type) {
        List<String> names = new ArrayList<>();
        for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (!f.getModifiers().contains(Modifier.STATIC)) {
                names.add(f.getSimpleName().toString());
            }
        }
        return names;
    }

    // ------------------------------------------------------------------ columns

    private ColumnModel parseColumn(Context ctx, Site site, Site ann, String attr, TypeMirror type, Mirrors m,
            Access acc) {
        String display = ctx.display();
        String typeText = AccessResolver.simpleName(type);
        String name = m.stringOrNull("name");
        if (name == null) {
            name = Naming.snakeCase(attr);
        }
        SqlTypeModel sql;
        ConverterModel converter = null;
        TypeMirror converterType = m.type("converter");
        if (converterType.getKind() == TypeKind.DECLARED) {
            TypeMirror stored = converterStoredType(converterType, type, ctx.pkg());
            if (stored == null) {
                diag.error(ann.attribute("converter"), Message.CONVERTER, AccessResolver.simpleName(converterType),
                        display, attr, AccessResolver.simpleName(converterType), typeText);
                return null;
            }
            converter = new ConverterModel(TypeMapping.className(converterType), TypeName.get(stored));
            sql = TypeMapping.map(stored);
        } else {
            sql = TypeMapping.map(type);
            if (sql == null) {
                diag.error(site, Message.UNSUPPORTED_TYPE, display, attr, typeText, typeText);
                return null;
            }
            if (sql.enumType() != null && type.getKind() == TypeKind.DECLARED
                    && !access.accessibleType((TypeElement) ((DeclaredType) type).asElement(), ctx.pkg())) {
                diag.error(site, Message.INACCESSIBLE_TYPE, display, attr, typeText, ctx.pkg(), typeText);
                return null;
            }
        }
        sql = applyOverride(sql, ann, m, display, attr, typeText);
        if (sql == null) {
            return null;
        }
        sql = applySizes(sql, ann, m, display, attr, typeText);
        if (sql == null) {
            return null;
        }
        ForeignKeyModel fk = parseForeignKey(ann, m, display, attr, typeText);
        boolean fkFailed = fk == null && m.stringOrNull("foreignKey") != null;
        boolean primaryKey = m.bool("primaryKey");
        boolean primitive = type.getKind().isPrimitive();
        boolean nullableAttr = m.bool("nullable");
        boolean version = m.bool("version");
        if (version && !isVersionType(type)) {
            diag.error(ann.attribute("version"), Message.VERSION_TYPE, display, attr, typeText);
            return null;
        }
        if (fkFailed) {
            return null;
        }
        return new ColumnModel(attr, name, TypeName.get(type), sql, converter, primaryKey, m.bool("autoincrement"),
                nullableAttr && !primitive && !primaryKey, !nullableAttr || primitive, m.bool("unique"),
                m.bool("index"), fk, m.isExplicit("defaultValue") ? m.string("defaultValue") : null,
                m.stringOrNull("serverDefault"), version, m.stringOrNull("sequence"), m.integer("allocationSize"),
                acc, site);
    }

    private static boolean isVersionType(TypeMirror type) {
        switch (type.getKind()) {
            case INT: case LONG: return true;
            case DECLARED:
                String n = type.toString();
                return n.equals("java.lang.Integer") || n.equals("java.lang.Long");
            default: return false;
        }
    }

    private SqlTypeModel applyOverride(SqlTypeModel sql, Site ann, Mirrors m, String display, String attr,
            String typeText) {
        String override = m.enumName("type");
        dev.retort.sql.TypeKind kind = TypeMapping.kindOf(override);
        if (kind == null) {
            return sql;
        }
        dev.retort.sql.TypeKind natural = sql.kind();
        if (natural == dev.retort.sql.TypeKind.ENUM) {
            if (kind == dev.retort.sql.TypeKind.VARCHAR) {
                return sql;
            }
            diag.error(ann.attribute("type"), Message.TYPE_OVERRIDE, override, display, attr, typeText, "VARCHAR");
            return null;
        }
        List<dev.retort.sql.TypeKind> allowed = TypeMapping.overrides(natural);
        if (!allowed.contains(kind)) {
            List<String> names = allowed.stream().map(TypeMapping::columnTypeName).toList();
            diag.error(ann.attribute("type"), Message.TYPE_OVERRIDE, override, display, attr, typeText,
                    String.join(", ", names));
            return null;
        }
        return sql.withKind(kind);
    }

    private SqlTypeModel applySizes(SqlTypeModel sql, Site ann, Mirrors m, String display, String attr,
            String typeText) {
        int length = m.integer("length");
        dev.retort.sql.TypeKind k = sql.kind();
        boolean stringy = k == dev.retort.sql.TypeKind.VARCHAR || k == dev.retort.sql.TypeKind.TEXT;
        boolean bytes = k == dev.retort.sql.TypeKind.BLOB || k == dev.retort.sql.TypeKind.VARBINARY;
        if (m.isExplicit("length") && length != 0) {
            if (!stringy && !bytes) {
                diag.error(ann.attribute("length"), Message.NOT_APPLICABLE, "length", display, attr, typeText,
                        "length", "String and byte[] columns");
                return null;
            }
            if (k == dev.retort.sql.TypeKind.TEXT) {
                diag.error(ann.attribute("length"), Message.NOT_APPLICABLE, "length", display, attr,
                        typeText + " (type = TEXT)", "length", "VARCHAR and byte[] columns (TEXT is unbounded)");
                return null;
            }
            if (length < 0) {
                diag.error(ann.attribute("length"), Message.BAD_LENGTH, length, display, attr);
                return null;
            }
        }
        if (k == dev.retort.sql.TypeKind.VARCHAR) {
            sql = sql.withLength(length > 0 ? length : 255);
        } else if (k == dev.retort.sql.TypeKind.VARBINARY || (k == dev.retort.sql.TypeKind.BLOB && length > 0)) {
            sql = sql.withKind(dev.retort.sql.TypeKind.VARBINARY).withLength(length > 0 ? length : 255);
        }
        int precision = m.integer("precision");
        int scale = m.integer("scale");
        if (precision != 0 || scale != 0) {
            if (k != dev.retort.sql.TypeKind.NUMERIC) {
                String which = precision != 0 ? "precision" : "scale";
                diag.error(ann.attribute(which), Message.NOT_APPLICABLE, which, display, attr, typeText, which,
                        "BigDecimal columns");
                return null;
            }
            if (precision <= 0 || scale < 0 || scale > precision) {
                diag.error(ann.attribute(precision <= 0 ? "precision" : "scale"), Message.BAD_PRECISION, precision,
                        scale, display, attr);
                return null;
            }
            sql = sql.withNumeric(precision, scale);
        }
        return sql;
    }

    private ForeignKeyModel parseForeignKey(Site ann, Mirrors m, String display, String attr, String typeText) {
        String spec = m.stringOrNull("foreignKey");
        String action = m.enumName("onDelete");
        if (spec == null) {
            if (!action.equals("NO_ACTION")) {
                diag.error(ann.attribute("onDelete"), Message.NOT_APPLICABLE, "onDelete", display, attr, typeText,
                        "onDelete", "columns with a foreignKey");
            }
            return null;
        }
        String[] parts = spec.split("\\.", -1);
        boolean ok = parts.length == 2 || parts.length == 3;
        for (String p : parts) {
            ok &= !p.isBlank();
        }
        if (!ok) {
            diag.error(ann.attribute("foreignKey"), Message.FOREIGN_KEY_SYNTAX, spec, display, attr);
            return null;
        }
        ReferentialAction onDelete = action.equals("NO_ACTION") ? null : ReferentialAction.valueOf(action);
        return parts.length == 2 ? new ForeignKeyModel(spec, null, parts[0], parts[1], onDelete)
                : new ForeignKeyModel(spec, parts[0], parts[1], parts[2], onDelete);
    }

    /** The {@code D} of the converter's {@code Converter<J, D>} when the converter is usable, else {@code null}. */
    private TypeMirror converterStoredType(TypeMirror converterType, TypeMirror fieldType, String pkg) {
        TypeElement c = (TypeElement) ((DeclaredType) converterType).asElement();
        if (c.getKind() != ElementKind.CLASS || c.getModifiers().contains(Modifier.ABSTRACT)
                || !c.getTypeParameters().isEmpty() || !access.accessibleType(c, pkg)) {
            return null;
        }
        if (c.getNestingKind().isNested() && !c.getModifiers().contains(Modifier.STATIC)) {
            return null;
        }
        boolean ctor = false;
        for (ExecutableElement e : ElementFilter.constructorsIn(c.getEnclosedElements())) {
            ctor |= e.getParameters().isEmpty() && access.accessible(e, pkg);
        }
        if (!ctor) {
            return null;
        }
        DeclaredType conv = findConverterSupertype(converterType);
        if (conv == null || conv.getTypeArguments().size() != 2) {
            return null;
        }
        TypeMirror j = conv.getTypeArguments().get(0);
        TypeMirror d = conv.getTypeArguments().get(1);
        TypeMirror field = fieldType.getKind().isPrimitive()
                ? types.boxedClass((javax.lang.model.type.PrimitiveType) fieldType).asType() : fieldType;
        if (!types.isSameType(j, field) || (j.getKind() == TypeKind.DECLARED
                && !((DeclaredType) j).getTypeArguments().isEmpty())) {
            return null;
        }
        return TypeMapping.isStorable(d) ? d : null;
    }

    private DeclaredType findConverterSupertype(TypeMirror type) {
        for (TypeMirror s : types.directSupertypes(type)) {
            if (s.getKind() != TypeKind.DECLARED) {
                continue;
            }
            Element e = ((DeclaredType) s).asElement();
            if (((TypeElement) e).getQualifiedName().contentEquals(CONVERTER)) {
                return (DeclaredType) s;
            }
            DeclaredType found = findConverterSupertype(s);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
