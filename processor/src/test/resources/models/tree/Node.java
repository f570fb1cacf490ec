package example.tree;

import dev.retort.annotations.Column;
import dev.retort.annotations.Lazy;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/** An adjacency list: a self-referential one-to-many and its many-to-one mirror. */
@Table(name = "nodes")
public class Node implements Base {
    @Column(primaryKey = true) Long id;
    @Column(foreignKey = "nodes.id", onDelete = dev.retort.annotations.ForeignKeyAction.CASCADE) Long parentId;
    @Column String name;
    @Relationship(backPopulates = "parent", orderBy = "name desc, id", lazy = Lazy.SELECTIN,
            cascade = {dev.retort.annotations.Cascade.ALL, dev.retort.annotations.Cascade.DELETE_ORPHAN})
    Set<Node> children = new LinkedHashSet<>();
    @Relationship(backPopulates = "children") Node parent;
}
