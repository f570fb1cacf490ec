package dev.retort.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.retort.orm.mapping.CascadeOption;
import dev.retort.orm.mapping.LoadStrategy;
import java.util.List;
import java.util.Set;

/**
 * One {@code @Relationship} field as declared.
 *
 * @param name the field name
 * @param fieldType the field's declared type
 * @param target the related class
 * @param shape reference or which collection interface
 * @param backPopulates the mirror field's name, or {@code null}
 * @param backref the mirror to declare on the target, or {@code null}
 * @param secondary the association table, or {@code null}
 * @param orderBy the ORDER BY text as written, or {@code null}
 * @param lazy the loading strategy
 * @param cascade the cascades, {@code ALL} expanded
 * @param uselist {@code uselist} when written explicitly, else {@code null}
 * @param foreignKeys the columns named by {@code foreignKey}, or empty
 * @param access how generated code reaches the field
 * @param site where it was declared
 */
public record RelationshipModel(String name, TypeName fieldType, ClassName target, Shape shape, String backPopulates,
        String backref, String secondary, String orderBy, LoadStrategy lazy, Set<CascadeOption> cascade,
        Boolean uselist, List<String> foreignKeys, Access access, Site site) {

    /** The declared shape of the field. */
    public enum Shape {
        REFERENCE, LIST, SET, COLLECTION;

        public boolean isCollection() {
            return this != REFERENCE;
        }
    }
}
