package dev.retort.processor;

import dev.retort.processor.parse.EntityParser;
import dev.retort.processor.write.MarkerWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The entities of a declarative base that are not among this compilation's sources: compiled
 * earlier, they are on the class path, each with the marker {@link MarkerWriter} wrote for it.
 * An IDE or build tool that recompiles one file sees the rest of the model only this way.
 *
 * <p>A marker is trusted only as far as the class it names still says: the class must exist, be
 * annotated {@code @Table} and belong to the base. A marker left behind by a deleted or changed
 * entity is ignored.
 */
final class CompiledEntities {
    private final Elements elements;
    private final EntityParser parser;

    CompiledEntities(Elements elements, EntityParser parser) {
        this.elements = elements;
        this.parser = parser;
    }

    /**
     * Every marker on the class path or among this compilation's generated sources, as declaring
     * class name to base name, sorted by class name; empty when there is none.
     */
    Map<String, String> markers() {
        Map<String, String> out = new TreeMap<>();
        PackageElement pkg = elements.getPackageElement(MarkerWriter.PACKAGE);
        if (pkg == null) {
            return out;
        }
        for (TypeElement marker : ElementFilter.typesIn(pkg.getEnclosedElements())) {
            String base = constant(marker, MarkerWriter.BASE);
            String entity = constant(marker, MarkerWriter.ENTITY);
            if (base != null && entity != null) {
                out.put(entity, base);
            }
        }
        return out;
    }

    /**
     * The compiled entities of {@code base} that are not in {@code known} (the declaring classes
     * this round parses from source), sorted by name.
     */
    List<TypeElement> of(String base, Map<String, String> markers, Set<String> known) {
        List<TypeElement> out = new ArrayList<>();
        for (Map.Entry<String, String> m : markers.entrySet()) {
            if (!m.getValue().equals(base) || known.contains(m.getKey())) {
                continue;
            }
            TypeElement decl = elements.getTypeElement(m.getKey());
            if (decl != null && parser.isEntity(decl) && belongsTo(decl, base)) {
                out.add(decl);
            }
        }
        return out;
    }

    private boolean belongsTo(TypeElement decl, String base) {
        for (TypeElement b : parser.basesOf(decl)) {
            if (b.getQualifiedName().contentEquals(base)) {
                return true;
            }
        }
        return false;
    }

    private static String constant(TypeElement marker, String name) {
        for (Element e : marker.getEnclosedElements()) {
            if (e instanceof VariableElement && e.getSimpleName().contentEquals(name)
                    && ((VariableElement) e).getConstantValue() instanceof String) {
                return (String) ((VariableElement) e).getConstantValue();
            }
        }
        return null;
    }
}
