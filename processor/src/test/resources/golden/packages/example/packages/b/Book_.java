package example.packages.b;

import dev.retort.orm.mapping.Attribute;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.Column;
import dev.retort.sql.ReferentialAction;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import example.packages.Base_;
import example.packages.a.Author;
import example.packages.a.Author_;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The Retort metamodel and mapper of {@link Book}, table {@code books}: the Core table, typed
 * attributes and relationships for queries, and the straight-line code that moves its state
 * to and from rows. Generated from the class's annotations; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class Book_ {
    /**
     * The table {@code books}.
     */
    public static final Table TABLE = Table.builder("books")
            .home(Base_::metadata)
            .add(
                    new Column<>("id", SqlTypes.BIGINT).primaryKey(),
                    new Column<>("title", SqlTypes.string(255)),
                    new Column<>("author_id", SqlTypes.BIGINT).foreignKey("authors.id", ReferentialAction.CASCADE))
            .build();

    public static final Attribute<Book, Long> id = new Attribute<>(Book.class, "id", TABLE.c("id"), 0);

    public static final Attribute<Book, String> title = new Attribute<>(Book.class, "title", TABLE.c("title"), 1);

    public static final Attribute<Book, Long> authorId = new Attribute<>(Book.class, "authorId", TABLE.c("author_id"), 2);

    public static final Relation<Book, Author> author = Relation.builder(Book.class, "author", 0,
                    Relation.Kind.MANY_TO_ONE, Author.class, () -> Author_.MAPPER)
            .ownerTable(TABLE)
            .join("author_id", "id")
            .backPopulates("books")
            .build();

    private static final List<Attribute<Book, ?>> ATTRIBUTES = List.of(id, title, authorId);

    private static final List<Relation<Book, ?>> RELATIONS = List.of(author);

    /**
     * Creates, reads and compares {@link Book} objects for the session.
     */
    public static final EntityMapper<Book> MAPPER = new Mapper();

    private Book_() {
    }

    static final class Mapper implements EntityMapper<Book> {
        @Override
        public Class<Book> entityType() {
            return Book.class;
        }

        @Override
        public String entityName() {
            return "Book";
        }

        @Override
        public Table table() {
            return TABLE;
        }

        @Override
        public List<Attribute<Book, ?>> attributes() {
            return ATTRIBUTES;
        }

        @Override
        public List<Relation<Book, ?>> relations() {
            return RELATIONS;
        }

        @Override
        public int[] primaryKeyIndexes() {
            return new int[] {0};
        }

        @Override
        public int autoincrementIndex() {
            return 0;
        }

        @Override
        public int versionIndex() {
            return -1;
        }

        @Override
        public boolean isImmutable() {
            return false;
        }

        @Override
        public Book newInstance(Object[] row, int offset) {
            Book entity = new Book();
            populate(entity, row, offset);
            return entity;
        }

        @Override
        public void populate(Book entity, Object[] row, int offset) {
            entity.id = (Long) row[offset];
            entity.title = (String) row[offset + 1];
            entity.authorId = (Long) row[offset + 2];
        }

        @Override
        public void readValues(Book entity, Object[] target, int offset) {
            target[offset] = entity.id;
            target[offset + 1] = entity.title;
            target[offset + 2] = entity.authorId;
        }

        @Override
        public int changedColumns(Book entity, Object[] snapshot, int[] changed) {
            int n = 0;
            if (!Objects.equals(entity.id, snapshot[0])) {
                changed[n++] = 0;
            }
            if (!Objects.equals(entity.title, snapshot[1])) {
                changed[n++] = 1;
            }
            if (!Objects.equals(entity.authorId, snapshot[2])) {
                changed[n++] = 2;
            }
            return n;
        }

        @Override
        public Object get(Book entity, int index) {
            switch (index) {
                case 0: return entity.id;
                case 1: return entity.title;
                case 2: return entity.authorId;
                default: throw new IndexOutOfBoundsException("Book has no column " + index);
            }
        }

        @Override
        public void set(Book entity, int index, Object value) {
            switch (index) {
                case 0 -> entity.id = (Long) value;
                case 1 -> entity.title = (String) value;
                case 2 -> entity.authorId = (Long) value;
                default -> throw new IndexOutOfBoundsException("Book has no column " + index);
            }
        }

        @Override
        public Object primaryKey(Book entity) {
            return entity.id;
        }

        @Override
        public Object getRelated(Book entity, int index) {
            switch (index) {
                case 0: return entity.author;
                default: throw new IndexOutOfBoundsException("Book has no relationship " + index);
            }
        }

        @Override
        public void setRelated(Book entity, int index, Object value) {
            switch (index) {
                case 0 -> entity.author = (Author) value;
                default -> throw new IndexOutOfBoundsException("Book has no relationship " + index);
            }
        }

        @Override
        public void applyDefaults(Book entity) {
            // no @Column(defaultValue) on Book
        }
    }
}
