package bad;

import dev.retort.annotations.Column;
import dev.retort.annotations.DeclarativeBase;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

@DeclarativeBase interface Base {}

class Note {}

@Table(name = "users") public class RelationshipTarget implements Base {
    @Column(primaryKey = true) Long id;
    @Relationship List<Note> notes = new ArrayList<>(); // <-
}
