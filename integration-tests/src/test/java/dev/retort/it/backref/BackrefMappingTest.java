package dev.retort.it.backref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.orm.mapping.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code relationship("Child", secondary=association_table, backref="parents")}. */
class BackrefMappingTest {

    @Test
    void theBackrefSideExistsInTheTargetsMetamodelWithoutAField() {
        Relation<Child, Parent> parents = Child_.parents;
        assertEquals(Relation.Kind.MANY_TO_MANY, parents.kind());
        assertFalse(parents.hasField());
        assertTrue(Parent_.children.hasField());
        assertSame(Parent_.children, parents.reverse());
        assertSame(parents, Parent_.children.reverse());
        assertEquals(List.of(parents), Child_.MAPPER.relations());
        assertSame(parents, Child_.MAPPER.relation("parents"));
        Child child = new Child();
        assertThrows(UnsupportedOperationException.class, () -> Child_.MAPPER.getRelated(child, 0));
        assertThrows(UnsupportedOperationException.class, () -> Child_.MAPPER.setRelated(child, 0, List.of()));
    }
}
