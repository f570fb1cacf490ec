package dev.retort.processor.parse;

import dev.retort.processor.model.Site;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The table from {@link Site}s to source positions, filled while parsing, read when printing
 * diagnostics and when naming the originating elements of generated files.
 */
public final class Sites {

    /**
     * A source position as javac's {@code Messager} takes it.
     *
     * @param element the element
     * @param annotation the annotation on it, or {@code null}
     * @param value the annotation value, or {@code null}
     */
    public record Position(Element element, AnnotationMirror annotation, AnnotationValue value) {}

    private final Map<Site, Position> positions = new HashMap<>();

    /** Records where {@code site} is. */
    public void put(Site site, Element element) {
        positions.put(site, new Position(element, null, null));
    }

    /** Records an annotation (and optionally one of its values) on an element. */
    public void put(Site site, Element element, AnnotationMirror annotation, AnnotationValue value) {
        positions.put(site, new Position(element, annotation, value));
    }

    /** The most precise known position for {@code site}: itself, else its nearest recorded parent. */
    public Position find(Site site) {
        for (Site s = site; s != null; s = s.parent()) {
            Position p = positions.get(s);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** The element of the declaring type of {@code site}, or {@code null}. */
    public Element typeElement(Site site) {
        Position p = positions.get(Site.of(site.type()));
        return p == null ? null : p.element();
    }
}
