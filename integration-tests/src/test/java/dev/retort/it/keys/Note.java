package dev.retort.it.keys;

import dev.retort.annotations.Column;
import dev.retort.annotations.Relationship;
import dev.retort.annotations.Table;

/** A child with its own sequence key and a foreign key to a {@link Folder}. */
@Table(name = "key_notes")
public class Note implements KeysBase {
    @Column(primaryKey = true, sequence = "key_note_seq", allocationSize = 20) Long id;
    @Column(foreignKey = "key_folders.id") Long folderId;
    @Column(length = 50) String text;
    @Relationship(backPopulates = "notes") Folder folder;

    public Note() {}

    Note(String text) {
        this.text = text;
    }
}
