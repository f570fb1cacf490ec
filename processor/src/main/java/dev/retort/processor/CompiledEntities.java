package dev.retort.processor;

import dev.retort.processor.model.BaseModel;
import dev.retort.processor.parse.EntityParser;
import dev.retort.processor.write.BaseWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * The entities of a declarative base that are not among this compilation's sources: compiled
 * earlier, they are on the class path, listed by the {@code Base_} the earlier compilation wrote
 * (its {@link BaseWriter#ENTITIES} constants). An IDE or build tool that recompiles one file sees
 * the rest of the model only this way.
 *
 * <p>The list is trusted only as far as each class it names still says: the class must exist, be
 * annotated {@code @Table} and belong to the base. A name left behind by a deleted or changed
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
     * The compiled entities of {@code base} that are not in {@code known} (the declaring classes
     * this round parses from source), sorted by name; none when no earlier {@code Base_} is on the
     * class path.
     */
    List<TypeElement> of(BaseModel base, Set<String> known) {
        TypeElement index = elements.getTypeElement(base.generated().canonicalName());
        if (index == null) {
            return List.of();
        }
        Map<String, TypeElement> out = new TreeMap<>();
        String baseName = base.type().canonicalName();
        for (String name : listed(index)) {
            if (known.contains(name) || out.containsKey(name)) {
                continue;
            }
            TypeElement decl = elements.getTypeElement(name);
            if (decl != null && parser.isEntity(decl) && belongsTo(decl, baseName)) {
                out.put(name, decl);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The declaring classes an earlier {@code Base_} lists, in its constants {@code ENTITIES...}. */
    private static List<String> listed(TypeElement index) {
        List<String> out = new ArrayList<>();
        for (Element e : index.getEnclosedElements()) {
            if (e instanceof VariableElement && e.getSimpleName().toString().startsWith(BaseWriter.ENTITIES)
                    && ((VariableElement) e).getConstantValue() instanceof String) {
                ((String) ((VariableElement) e).getConstantValue()).lines().map(String::strip)
                        .filter(l -> !l.isEmpty()).forEach(out::add);
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
}
