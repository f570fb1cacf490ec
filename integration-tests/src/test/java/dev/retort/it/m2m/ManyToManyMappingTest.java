package dev.retort.it.m2m;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.orm.mapping.Relation;
import dev.retort.sql.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 000's many-to-many over left, right and association, both sides with back_populates. */
class ManyToManyMappingTest {

    @Test
    void theAssociationTableIsPartOfTheMetadataWithAForeignKeyToEachSide() {
        Table association = Base_.metadata().getTable("association");
        assertEquals(List.of("left_id", "right_id"), association.columns().keys());
        assertEquals("left.id", association.c("left_id").foreignKeys().get(0).targetSpec());
        assertEquals("right.id", association.c("right_id").foreignKeys().get(0).targetSpec());
        assertEquals(2, association.primaryKey().columns().size());
        List<Table> sorted = Base_.metadata().sortedTables();
        assertEquals(association, sorted.get(2));
        assertTrue(sorted.containsAll(List.of(Parent_.TABLE, Child_.TABLE)));
    }

    @Test
    void bothSidesJoinThroughTheAssociationTable() {
        Relation<Parent, Child> children = Parent_.children;
        assertEquals(Relation.Kind.MANY_TO_MANY, children.kind());
        Table association = Base_.metadata().getTable("association");
        assertSame(association, children.secondary());
        assertEquals(List.of(association.c("left_id")), children.secondaryLocalColumns());
        assertEquals(List.of(association.c("right_id")), children.secondaryRemoteColumns());
        assertSame(Child_.parents, children.reverse());
        assertSame(Parent_.children, Child_.parents.reverse());
        assertEquals(List.of(association.c("right_id")), Child_.parents.secondaryLocalColumns());
    }
}
