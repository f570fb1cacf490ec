package dev.retort.it.keys;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;
import java.util.ArrayList;
import java.util.List;

/** A parent whose key comes from a sequence; its notes take it as their foreign key. */
@Table(name = "key_folders")
public class Folder implements KeysBase {
    @Column(primaryKey = true, sequence = "key_folder_seq", allocationSize = 20) Long id;
    @Column(length = 50) String name;
    @Relationship(backPopulates = "folder", orderBy = "id") List<Note> notes = new ArrayList<>();

    public Folder() {}

    Folder(String name) {
        this.name = name;
    }
}
