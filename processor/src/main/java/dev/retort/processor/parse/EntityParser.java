package dev.retort.processor.parse;

import com.palantir.javapoet.ClassName;
import dev.retort.processor.diag.Diagnostics;
import dev.retort.processor.diag.Message;
import dev.retort.processor.model.BaseModel;
import dev.retort.processor.model.ColumnModel;
import dev.retort.processor.model.EntityModel;
import dev.retort.processor.model.IndexModel;
import dev.retort.processor.model.QueryModel;
import dev.retort.processor.model.RelationshipModel;
import dev.retort.processor.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
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

/**
 * Turns one {@code @Table} class into an {@link EntityModel}: the class-level checks (base,
 * constructor, nesting, access), then each field through {@link MemberParser}. Problems are
 * reported to {@link Diagnostics}; the model is returned even then, without the members in error,
 * so later checks can still speak about the rest.
 */
public final class EntityParser {
    // names, not class literals: the processor reads annotations only through mirrors and needs no
    // annotation classes at run time
    public static final String TABLE = "dev.retort.annotations.Table";
    public static final String QUERY = "dev.retort.annotations.Query";
    public static final String QUERY_LIST = "dev.retort.annotations.Query.List";
    public static final String BASE = "dev.retort.annotations.DeclarativeBase";

    private final Elements elements;
    private final Types types;
    private final Sites sites;
    private final Diagnostics diag;
    private final AccessResolver access;
    private final MemberParser members;
    private final Mirrors.Defaults defaults = new Mirrors.Defaults();

    public EntityParser(ProcessingEnvironment env, Sites sites, Diagnostics diag) {
        this.elements = env.getElementUtils();
        this.types = env.getTypeUtils();
        this.sites = sites;
        this.diag = diag;
        this.access = new AccessResolver(elements, types);
        this.members = new MemberParser(elements, types, sites, diag, access, defaults);
    }

    /** The model of {@code base}, recording its position. */
    public BaseModel parseBase(TypeElement base) {
        ClassName type = ClassName.get(base);
        Site site = Site.of(base.getQualifiedName().toString());
        sites.put(site, base);
        String pkg = type.packageName();
        return new BaseModel(type, ClassName.get(pkg, String.join("_", type.simpleNames()) + "_"), site);
    }

    /** The declarative bases {@code decl} belongs to, sorted by name. */
    public List<TypeElement> basesOf(TypeElement decl) {
        Map<String, TypeElement> found = new TreeMap<>();
        collectBases(decl.asType(), found);
        return new ArrayList<>(found.values());
    }

    private void collectBases(TypeMirror type, Map<String, TypeElement> found) {
        for (TypeMirror s : types.directSupertypes(type)) {
            if (s.getKind() != TypeKind.DECLARED) {
                continue;
            }
            TypeElement e = (TypeElement) ((DeclaredType) s).asElement();
            if (Mirrors.find(e, BASE) != null) {
                found.put(e.getQualifiedName().toString(), e);
            }
            collectBases(s, found);
        }
    }

    /** Whether {@code decl} is annotated {@code @Table}. */
    public boolean isEntity(TypeElement decl) {
        return Mirrors.find(decl, TABLE) != null;
    }

    /** Parses {@code decl}; returns {@code null} only when it cannot be an entity at all. */
    public EntityModel parse(TypeElement decl) {
        String declName = decl.getQualifiedName().toString();
        Site site = Site.of(declName);
        sites.put(site, decl);
        AnnotationMirror tableMirror = Mirrors.find(decl, TABLE);
        Mirrors table = new Mirrors(tableMirror, defaults);
        registerAnnotation(site, "Table", decl, table);

        TypeElement mapped = decl;
        boolean classical = false;
        TypeMirror maps = table.type("maps");
        if (maps.getKind() == TypeKind.DECLARED) {
            mapped = (TypeElement) ((DeclaredType) maps).asElement();
            classical = true;
        }
        Site mappedSite = classical ? site.annotation("Table").attribute("maps") : site;
        String pkg = elements.getPackageOf(decl).getQualifiedName().toString();
        ClassName type = ClassName.get(mapped);
        ClassName generated = ClassName.get(pkg, String.join("_", type.simpleNames()) + "_");
        String display = String.join(".", type.simpleNames());
        boolean record = mapped.getKind() == ElementKind.RECORD;

        checkShape(mapped, mappedSite, display, pkg, generated, record);

        List<TypeElement> bases = basesOf(decl);
        ClassName base = null;
        if (bases.isEmpty()) {
            diag.error(site, Message.NO_DECLARATIVE_BASE, display);
        } else if (bases.size() > 1) {
            List<String> names = bases.stream().map(b -> b.getSimpleName().toString()).toList();
            diag.error(site, Message.SEVERAL_DECLARATIVE_BASES, display, String.join(", ", names));
        } else {
            base = ClassName.get(bases.get(0));
            sites.put(Site.of(bases.get(0).getQualifiedName().toString()), bases.get(0));
        }

        String tableName = table.stringOrNull("name");
        if (tableName == null) {
            tableName = Naming.snakeCase(mapped.getSimpleName().toString());
        }
        String schema = table.stringOrNull("schema");

        List<ColumnModel> columns = new ArrayList<>();
        List<RelationshipModel> relationships = new ArrayList<>();
        MemberParser.Context ctx = new MemberParser.Context(declName, decl.getSimpleName().toString(), display, mapped, classical, record, pkg);
        TypeElement source = classical ? decl : mapped;
        for (VariableElement field : ElementFilter.fieldsIn(source.getEnclosedElements())) {
            members.parse(ctx, field, columns, relationships);
        }
        List<String> components = new ArrayList<>();
        if (record) {
            for (Element c : mapped.getEnclosedElements()) {
                if (c.getKind() == ElementKind.RECORD_COMPONENT) {
                    components.add(c.getSimpleName().toString());
                }
            }
            if (classical) {
                for (String c : components) {
                    if (!hasMappingField(decl, c)) {
                        diag.error(mappedSite, Message.RECORD_COMPONENT_UNMAPPED, display, c);
                    }
                }
            }
        }
        List<IndexModel> indexes = parseIndexes(site, decl, table);
        List<QueryModel> queries = parseQueries(site, decl);
        return new EntityModel(type, generated, base, record, classical, tableName, schema, columns, relationships,
                indexes, queries, components, site);
    }

    private void checkShape(TypeElement mapped, Site site, String display, String pkg, ClassName generated,
            boolean record) {
        if (mapped.getKind() != ElementKind.CLASS && !record || mapped.getModifiers().contains(Modifier.ABSTRACT)) {
            diag.error(site, Message.ABSTRACT_ENTITY, display);
            return;
        }
        if (!mapped.getTypeParameters().isEmpty()) {
            diag.error(site, Message.GENERIC_ENTITY, display);
        }
        if (mapped.getNestingKind().isNested() && !mapped.getModifiers().contains(Modifier.STATIC) && !record) {
            diag.error(site, Message.INNER_CLASS, display);
            return;
        }
        if (!access.accessibleType(mapped, pkg)) {
            diag.error(site, Message.INACCESSIBLE_ENTITY, display, pkg, generated.simpleName());
            return;
        }
        if (!record && !hasNoArgConstructor(mapped, pkg)) {
            diag.error(site, Message.NO_DEFAULT_CONSTRUCTOR, display, mapped.getSimpleName());
        }
    }

    private static boolean hasMappingField(TypeElement decl, String name) {
        for (VariableElement f : ElementFilter.fieldsIn(decl.getEnclosedElements())) {
            if (f.getSimpleName().contentEquals(name) && (Mirrors.find(f, MemberParser.COLUMN) != null
                    || Mirrors.find(f, MemberParser.RELATIONSHIP) != null)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasNoArgConstructor(TypeElement type, String pkg) {
        for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (c.getParameters().isEmpty() && access.accessible(c, pkg)) {
                return true;
            }
        }
        return false;
    }

    private void registerAnnotation(Site site, String name, Element element, Mirrors m) {
        Site a = site.annotation(name);
        sites.put(a, element, m.mirror(), null);
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : m.mirror().getElementValues().entrySet()) {
            sites.put(a.attribute(e.getKey().getSimpleName().toString()), element, m.mirror(), e.getValue());
        }
    }

    private List<IndexModel> parseIndexes(Site site, TypeElement decl, Mirrors table) {
        List<IndexModel> out = new ArrayList<>();
        for (String attr : List.of("indexes", "uniqueConstraints")) {
            List<AnnotationValue> values = table.array(attr);
            for (int i = 0; i < values.size(); i++) {
                AnnotationMirror m = (AnnotationMirror) values.get(i).getValue();
                Mirrors im = new Mirrors(m, defaults);
                Site s = site.annotation("Table").attribute(attr + "[" + i + "]");
                sites.put(s, decl, table.mirror(), values.get(i));
                List<String> cols = new ArrayList<>();
                for (AnnotationValue v : im.array("columns")) {
                    cols.add((String) v.getValue());
                }
                boolean constraint = attr.equals("uniqueConstraints");
                out.add(new IndexModel(im.stringOrNull("name"), cols, constraint || im.bool("unique"), constraint, s));
            }
        }
        return out;
    }

    private List<QueryModel> parseQueries(Site site, TypeElement decl) {
        List<AnnotationMirror> mirrors = new ArrayList<>();
        AnnotationMirror single = Mirrors.find(decl, QUERY);
        if (single != null) {
            mirrors.add(single);
        }
        AnnotationMirror list = Mirrors.find(decl, QUERY_LIST);
        if (list != null) {
            for (AnnotationValue v : new Mirrors(list, defaults).array("value")) {
                mirrors.add((AnnotationMirror) v.getValue());
            }
        }
        List<QueryModel> out = new ArrayList<>();
        for (int i = 0; i < mirrors.size(); i++) {
            Mirrors q = new Mirrors(mirrors.get(i), defaults);
            Site s = Site.of(site.type(), "@Query[" + i + "]");
            sites.put(s, decl, mirrors.get(i), null);
            registerAnnotation(s, "Query", decl, q);
            out.add(new QueryModel(q.string("name"), q.string("sql"), s.annotation("Query")));
        }
        return out;
    }

    /**
     * Whether every type {@code decl}'s mapping mentions is known yet; {@code false} when some are
     * still to be generated (by another processor) in a later round.
     */
    public boolean isResolvable(TypeElement decl) {
        // only what was written can be unresolved: no Mirrors (which collects every default) here
        AnnotationMirror tm = Mirrors.find(decl, TABLE);
        if (tm != null && isUnresolved(Mirrors.explicitValue(tm, "maps"))) {
            return false;
        }
        for (VariableElement f : ElementFilter.fieldsIn(decl.getEnclosedElements())) {
            AnnotationMirror c = Mirrors.find(f, MemberParser.COLUMN);
            if ((c != null || Mirrors.find(f, MemberParser.RELATIONSHIP) != null) && hasError(f.asType())) {
                return false;
            }
            if (c != null && isUnresolved(Mirrors.explicitValue(c, "converter"))) {
                return false;
            }
        }
        return true;
    }

    /** The first unresolved type among {@code decl}'s mapped fields, as field name and type, or {@code null}. */
    public String[] firstUnresolved(TypeElement decl) {
        for (VariableElement f : ElementFilter.fieldsIn(decl.getEnclosedElements())) {
            if (hasError(f.asType())) {
                return new String[] {f.getSimpleName().toString(), f.asType().toString()};
            }
        }
        return new String[] {decl.getSimpleName().toString(), "?"};
    }

    /** Records the position of field {@code name} of {@code decl}, for a report about it. */
    public void registerField(TypeElement decl, String name) {
        Site type = Site.of(decl.getQualifiedName().toString());
        sites.put(type, decl);
        for (VariableElement f : ElementFilter.fieldsIn(decl.getEnclosedElements())) {
            if (f.getSimpleName().contentEquals(name)) {
                sites.put(Site.of(type.type(), name), f);
            }
        }
    }

    /** Whether a written class value is one javac could not resolve (yet). */
    private static boolean isUnresolved(Object classValue) {
        return classValue != null && (!(classValue instanceof TypeMirror t) || hasError(t));
    }

    static boolean hasError(TypeMirror t) {
        if (t.getKind() == TypeKind.ERROR) {
            return true;
        }
        if (t.getKind() == TypeKind.DECLARED) {
            for (TypeMirror a : ((DeclaredType) t).getTypeArguments()) {
                if (hasError(a)) {
                    return true;
                }
            }
        }
        if (t.getKind() == TypeKind.ARRAY) {
            return hasError(((javax.lang.model.type.ArrayType) t).getComponentType());
        }
        return false;
    }
}
