package dev.retort.it.orm;

import dev.retort.annotations.Cascade;
import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

/** A self-referential tree (adjacency list). */
@Table(name = "nodes")
public class Node implements OrmBase {
    @Column(primaryKey = true) Long id;
    @Column(length = 50) String name;
    @Column(foreignKey = "nodes.id") Long parentId;
    @Relationship(backPopulates = "children") Node parent;
    @Relationship(backPopulates = "parent", orderBy = "id", cascade = {Cascade.SAVE_UPDATE, Cascade.DELETE})
    List<Node> children = new ArrayList<>();

    public Node() {}

    Node(String name) {
        this.name = name;
    }

    Node add(Node child) {
        children.add(child);
        return this;
    }
}
