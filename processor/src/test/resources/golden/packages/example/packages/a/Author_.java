package example.packages.a;

import dev.retort.orm.mapping.Attribute;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.Column;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import example.packages.Base_;
import example.packages.b.Book;
import example.packages.b.Book_;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The Retort metamodel and mapper of {@link Author}, table {@code authors}: the Core table, typed
 * attributes and relationships for queries, and the straight-line code that moves its state
 * to and from rows. Generated from the class's annotations; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class Author_ {
    /**
     * The table {@code authors}.
     */
    public static final Table TABLE = Table.builder("authors")
            .home(Base_::metadata)
            .add(
                    new Column<>("id", SqlTypes.BIGINT).primaryKey(),
                    new Column<>("name", SqlTypes.string(255)).nullable(false))
            .build();

    public static final Attribute<Author, Long> id = new Attribute<>(Author.class, "id", TABLE.c("id"), 0);

    public static final Attribute<Author, String> name = new Attribute<>(Author.class, "name", TABLE.c("name"), 1);

    public static final Relation<Author, Book> books = Relation.builder(Author.class, "books", 0,
                    Relation.Kind.ONE_TO_MANY, Book.class, () -> Book_.MAPPER)
            .ownerTable(TABLE)
            .join("id", "author_id")
            .backPopulates("author")
            .orderBy("title", false)
            .build();

    private static final List<Attribute<Author, ?>> ATTRIBUTES = List.of(id, name);

    private static final List<Relation<Author, ?>> RELATIONS = List.of(books);

    /**
     * Creates, reads and compares {@link Author} objects for the session.
     */
    public static final EntityMapper<Author> MAPPER = new Mapper();

    private Author_() {
    }

    static final class Mapper implements EntityMapper<Author> {
        @Override
        public Class<Author> entityType() {
            return Author.class;
        }

        @Override
        public String entityName() {
            return "Author";
        }

        @Override
        public Table table() {
            return TABLE;
        }

        @Override
        public List<Attribute<Author, ?>> attributes() {
            return ATTRIBUTES;
        }

        @Override
        public List<Relation<Author, ?>> relations() {
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
        public Author newInstance(Object[] row, int offset) {
            Author entity = new Author();
            populate(entity, row, offset);
            return entity;
        }

        @Override
        public void populate(Author entity, Object[] row, int offset) {
            entity.id = (Long) row[offset];
            entity.name = (String) row[offset + 1];
        }

        @Override
        public void readValues(Author entity, Object[] target, int offset) {
            target[offset] = entity.id;
            target[offset + 1] = entity.name;
        }

        @Override
        public int changedColumns(Author entity, Object[] snapshot, int[] changed) {
            int n = 0;
            if (!Objects.equals(entity.id, snapshot[0])) {
                changed[n++] = 0;
            }
            if (!Objects.equals(entity.name, snapshot[1])) {
                changed[n++] = 1;
            }
            return n;
        }

        @Override
        public Object get(Author entity, int index) {
            switch (index) {
                case 0: return entity.id;
                case 1: return entity.name;
                default: throw new IndexOutOfBoundsException("Author has no column " + index);
            }
        }

        @Override
        public void set(Author entity, int index, Object value) {
            switch (index) {
                case 0 -> entity.id = (Long) value;
                case 1 -> entity.name = (String) value;
                default -> throw new IndexOutOfBoundsException("Author has no column " + index);
            }
        }

        @Override
        public Object primaryKey(Author entity) {
            return entity.id;
        }

        @Override
        public Object getRelated(Author entity, int index) {
            switch (index) {
                case 0: return entity.books;
                default: throw new IndexOutOfBoundsException("Author has no relationship " + index);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public void setRelated(Author entity, int index, Object value) {
            switch (index) {
                case 0 -> entity.books = (List<Book>) value;
                default -> throw new IndexOutOfBoundsException("Author has no relationship " + index);
            }
        }

        @Override
        public void applyDefaults(Author entity) {
            // no @Column(defaultValue) on Author
        }
    }
}
