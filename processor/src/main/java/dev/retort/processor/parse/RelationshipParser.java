package dev.retort.processor.parse;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.retort.orm.mapping.CascadeOption;
import dev.retort.orm.mapping.LoadStrategy;
import dev.retort.processor.diag.Diagnostics;
import dev.retort.processor.diag.Message;
import dev.retort.processor.model.Access;
import dev.retort.processor.model.RelationshipModel;
import dev.retort.processor.model.Site;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Parses a {@code @Relationship} field: its shape from the field type (a reference, or
 * {@code List}/{@code Set}/{@code Collection} of the target), and the annotation's settings. Which
 * way it points and over which columns is worked out later, from the foreign keys of all entities.
 */
final class RelationshipParser {
    private final Elements elements;
    private final Types types;
    private final Diagnostics diag;
    private final AccessResolver access;

    RelationshipParser(Elements elements, Types types, Diagnostics diag, AccessResolver access) {
        this.elements = elements;
        this.types = types;
        this.diag = diag;
        this.access = access;
    }

    RelationshipModel parse(MemberParser.Context ctx, Site site, String attr, TypeMirror type, Mirrors m, Access acc) {
        String display = ctx.display();
        RelationshipModel.Shape shape;
        ClassName target;
        if (type.getKind() != TypeKind.DECLARED) {
            diag.error(site, Message.RELATIONSHIP_TYPE, display, attr, AccessResolver.simpleName(type));
            return null;
        }
        DeclaredType dt = (DeclaredType) type;
        TypeElement te = (TypeElement) dt.asElement();
        String qn = te.getQualifiedName().toString();
        switch (qn) {
            case "java.util.List": shape = RelationshipModel.Shape.LIST; break;
            case "java.util.Set": shape = RelationshipModel.Shape.SET; break;
            case "java.util.Collection": shape = RelationshipModel.Shape.COLLECTION; break;
            default: shape = RelationshipModel.Shape.REFERENCE;
        }
        if (shape == RelationshipModel.Shape.REFERENCE) {
            TypeElement collection = elements.getTypeElement("java.util.Collection");
            TypeElement map = elements.getTypeElement("java.util.Map");
            if (types.isAssignable(types.erasure(type), types.erasure(collection.asType()))) {
                String arg = dt.getTypeArguments().size() == 1
                        ? AccessResolver.simpleName(dt.getTypeArguments().get(0)) : "T";
                diag.error(site, Message.COLLECTION_IMPLEMENTATION, display, attr, AccessResolver.simpleName(type),
                        arg, arg, arg);
                return null;
            }
            if (types.isAssignable(types.erasure(type), types.erasure(map.asType()))) {
                diag.error(site, Message.RELATIONSHIP_TYPE, display, attr, AccessResolver.simpleName(type));
                return null;
            }
            target = ClassName.get(te);
        } else {
            if (dt.getTypeArguments().size() != 1 || dt.getTypeArguments().get(0).getKind() != TypeKind.DECLARED) {
                diag.error(site, Message.RELATIONSHIP_TYPE, display, attr, AccessResolver.simpleName(type));
                return null;
            }
            target = ClassName.get((TypeElement) ((DeclaredType) dt.getTypeArguments().get(0)).asElement());
        }
        TypeElement targetElement = elements.getTypeElement(target.canonicalName());
        if (targetElement != null && !access.accessibleType(targetElement, ctx.pkg())) {
            diag.error(site, Message.INACCESSIBLE_TYPE, display, attr, AccessResolver.simpleName(type), ctx.pkg(),
                    target.simpleName());
            return null;
        }
        if (ctx.record() && shape == RelationshipModel.Shape.REFERENCE) {
            diag.error(site, Message.RECORD_REFERENCE, display, attr, display);
            return null;
        }
        Set<CascadeOption> cascade = EnumSet.noneOf(CascadeOption.class);
        for (AnnotationValue v : m.array("cascade")) {
            String c = ((VariableElement) v.getValue()).getSimpleName().toString();
            if (c.equals("ALL")) {
                // as SQLAlchemy's "all": everything but DELETE_ORPHAN, which must be asked for
                cascade.addAll(EnumSet.of(CascadeOption.SAVE_UPDATE, CascadeOption.MERGE, CascadeOption.DELETE,
                        CascadeOption.REFRESH, CascadeOption.EXPUNGE));
            } else {
                cascade.add(CascadeOption.valueOf(c));
            }
        }
        List<String> fks = new ArrayList<>();
        String fkText = m.stringOrNull("foreignKey");
        if (fkText != null) {
            for (String s : fkText.split(",")) {
                if (!s.isBlank()) {
                    fks.add(s.trim());
                }
            }
        }
        return new RelationshipModel(attr, TypeName.get(type), target, shape, m.stringOrNull("backPopulates"),
                m.stringOrNull("backref"), m.stringOrNull("secondary"), m.stringOrNull("orderBy"),
                LoadStrategy.valueOf(m.enumName("lazy")), cascade, m.isExplicit("uselist") ? m.bool("uselist") : null,
                fks, acc, site);
    }
}
