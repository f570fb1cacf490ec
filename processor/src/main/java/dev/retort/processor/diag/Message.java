package dev.retort.processor.diag;

import java.util.Locale;

/**
 * Every message the processor prints, in one place. Each has a stable id, shown as
 * {@code [retort:id]}, that tests, documentation and users' searches can rely on; the text says
 * what is wrong and what to do. Arguments are filled in with {@link String#format}.
 */
public enum Message {
    // ------------------------------------------------------------------ entity shape
    NO_DECLARATIVE_BASE("no-declarative-base",
            "Entity %s belongs to no @DeclarativeBase: make it implement or extend a type annotated"
                    + " @DeclarativeBase, e.g. `@DeclarativeBase public interface Base {}`"),
    SEVERAL_DECLARATIVE_BASES("several-declarative-bases",
            "Entity %s belongs to several declarative bases (%s): make it implement or extend exactly one"),
    NO_PRIMARY_KEY("no-primary-key",
            "Entity %s has no primary key: add @Column(primaryKey = true) to one field"),
    NO_DEFAULT_CONSTRUCTOR("no-default-constructor",
            "Entity %s has no accessible no-argument constructor, which generated code needs to create"
                    + " its objects: add `%s() {}` (package-private is enough), or make it a record"),
    ABSTRACT_ENTITY("abstract-entity",
            "Entity %s is abstract or an interface, so generated code cannot create its objects: map a"
                    + " concrete class"),
    INNER_CLASS("inner-class",
            "Entity %s is an inner (non-static) class, so generated code cannot create its objects:"
                    + " declare it `static`"),
    INACCESSIBLE_ENTITY("inaccessible-entity",
            "Entity %s is not accessible from package %s, where its generated class %s lives: make it and"
                    + " the classes enclosing it non-private, and public when they are in another package"),
    GENERIC_ENTITY("generic-entity",
            "Entity %s has type parameters, which a mapped class cannot have: remove them"),
    MAPPED_TWICE("mapped-twice",
            "Class %s is mapped twice, by %s and %s: keep one mapping"),
    RESERVED_NAME("reserved-name",
            "Attribute %s.%s has the name of a member of the generated class %s: rename the field (%s are"
                    + " taken)"),
    UNRESOLVED_TYPE("unresolved-type",
            "Type %s of %s.%s cannot be found: check its import, or the processor that should generate it"),
    INTERNAL_ERROR("internal-error",
            "Retort failed while processing %s, which is a bug in Retort: please report it with this"
                    + " stack trace. No code was generated for it.%n%s"),

    // ------------------------------------------------------------------ fields and columns
    COLUMN_AND_RELATIONSHIP("column-and-relationship",
            "Field %s.%s has both @Column and @Relationship: a field is either a column or a relationship;"
                    + " map the foreign key column and the relationship as two fields"),
    STATIC_FIELD("static-field",
            "Field %s.%s is static and cannot be mapped: remove `static`, or remove the annotation"),
    FINAL_FIELD("final-field",
            "Field %s.%s is final, so objects read from the database cannot be filled in: remove `final`"
                    + " (or use a record, whose fields are set by its constructor)"),
    INACCESSIBLE_FIELD("inaccessible-field",
            "Field %s.%s is not accessible from generated code in package %s and has no getter/setter"
                    + " pair: make it package-private, or add %s and %s"),
    RECORD_COMPONENT_UNMAPPED("record-component-unmapped",
            "Record component %s.%s is not mapped, so generated code cannot call the canonical constructor:"
                    + " annotate it with @Column or @Relationship, or remove it"),
    RECORD_REFERENCE("record-reference",
            "Relationship %s.%s is a single reference in a record, which cannot be filled in after"
                    + " construction: map the foreign key column instead, or make %s a class"),
    INACCESSIBLE_TYPE("inaccessible-type",
            "%s.%s has type %s, which the generated code in package %s cannot name: make %s public (and the"
                    + " classes enclosing it)"),
    UNSUPPORTED_TYPE("unsupported-type",
            "Field %s.%s has type %s, which Retort cannot map: use one of the types listed in @Column's"
                    + " Javadoc, or add @Column(converter = ...) naming a Converter<%s, ?>"),
    DUPLICATE_COLUMN("duplicate-column",
            "Column %s of table %s is mapped by both %s and %s: give one of them another @Column(name = ...)"),
    TYPE_OVERRIDE("type-override",
            "@Column(type = %s) does not fit field %s.%s of type %s: use one of %s, or leave type unset"),
    NOT_APPLICABLE("column-attribute-not-applicable",
            "@Column(%s = ...) does not apply to field %s.%s of type %s: %s applies to %s only"),
    BAD_LENGTH("bad-length",
            "@Column(length = %d) on %s.%s is not a valid length: use a positive number, or leave it unset"),
    BAD_PRECISION("bad-precision",
            "@Column(precision = %d, scale = %d) on %s.%s is not a valid NUMERIC: precision must be"
                    + " positive and scale between 0 and the precision"),
    CONVERTER("converter",
            "Converter %s on %s.%s cannot be used: %s must be a public, non-abstract class with a public"
                    + " no-argument constructor implementing Converter<%s, D>, where D is a type Retort maps"
                    + " and not a generic type"),
    VERSION_TYPE("version-type",
            "Version column %s.%s has type %s: a version counter is an int, long, Integer or Long"),
    SEVERAL_VERSIONS("several-versions",
            "Entity %s has several version columns (%s): keep @Column(version = true) on one"),
    VERSION_PRIMARY_KEY("version-primary-key",
            "Column %s.%s is both the version counter and part of the primary key: a version changes on"
                    + " every UPDATE, so it cannot identify a row; use a separate column"),
    SEQUENCE_TYPE("sequence-type",
            "Column %s.%s has a sequence but type %s: a sequence's values are whole numbers; use Long, long,"
                    + " Integer or int (without a converter)"),
    SEQUENCE_NOT_KEY("sequence-not-key",
            "Column %s.%s has a sequence but is not the table's generated key: a sequence gives keys to the"
                    + " table's only primary key column when it is an integer without a foreign key, serverDefault"
                    + " or autoincrement = false; remove `sequence`, or move it to that column"),
    SEQUENCE_ALLOCATION_SIZE("sequence-allocation-size",
            "allocationSize %d of %s.%s is below 1: each fetch from the sequence reserves allocationSize keys"
                    + " and is the sequence's INCREMENT BY; use at least 1 (the default is 50)"),
    DEFAULT_VALUE("default-value",
            "defaultValue \"%s\" of %s.%s is not a valid %s: write %s"),
    DEFAULT_ON_PRIMITIVE("default-on-primitive",
            "defaultValue of %s.%s is never used: a primitive %s is never null; initialize the field in"
                    + " its declaration instead, or use %s"),
    IMMUTABLE_DEFAULT("immutable-default",
            "defaultValue of %s.%s cannot be applied: %s is a record and cannot be changed after"
                    + " construction; pass the default when you create it"),
    UNKNOWN_INDEX_COLUMN("unknown-index-column",
            "%s of %s names column %s, which the entity does not map: use one of %s"),

    // ------------------------------------------------------------------ foreign keys and tables
    FOREIGN_KEY_SYNTAX("foreign-key-syntax",
            "foreignKey = \"%s\" on %s.%s is not written \"table.column\" (or \"schema.table.column\")"),
    FOREIGN_KEY_UNKNOWN_TABLE("foreign-key-unknown-table",
            "foreignKey = \"%s\" on %s.%s names table %s, which no entity of %s maps: use one of %s"),
    FOREIGN_KEY_UNKNOWN_COLUMN("foreign-key-unknown-column",
            "foreignKey = \"%s\" on %s.%s names column %s, which table %s does not have: use one of %s"),
    FOREIGN_KEY_NOT_KEY("foreign-key-not-key",
            "foreignKey = \"%s\" on %s.%s references a column that is neither a primary key nor unique,"
                    + " which databases refuse: reference the primary key of %s, or make %s unique"),
    FOREIGN_KEY_TYPE("foreign-key-type",
            "foreignKey = \"%s\" on %s.%s joins column type %s to %s: give %s the type of the referenced"
                    + " column (%s)"),
    FOREIGN_KEY_CYCLE("foreign-key-cycle",
            "The foreign keys of tables %s form a cycle, so no order exists to create them: remove one of"
                    + " the foreign keys, or make it point to a separate table"),
    DUPLICATE_TABLE("duplicate-table",
            "Table %s is mapped by both %s and %s in %s: give one of them another @Table(name = ...)"),
    DDL_UNSUPPORTED("ddl-unsupported",
            "The schema of %s cannot be rendered for %s (%s), so META-INF/retort/%s.%s.sql is not written;"
                    + " change the declaration if you use %s"),

    // ------------------------------------------------------------------ relationships
    COLLECTION_IMPLEMENTATION("collection-implementation",
            "Relationship %s.%s is declared as %s: declare the interface type (List<%s>, Set<%s> or"
                    + " Collection<%s>) and initialize it with any implementation"),
    RELATIONSHIP_TARGET("relationship-target",
            "Relationship %s.%s points to %s, which is not an entity of %s: point it to a @Table class of"
                    + " the same declarative base (%s)"),
    RELATIONSHIP_TYPE("relationship-type",
            "Relationship %s.%s has type %s: declare it as an entity type for a single reference, or as"
                    + " List, Set or Collection of an entity type"),
    NO_FOREIGN_KEY("no-foreign-key",
            "Relationship %s.%s cannot join tables %s and %s: no foreign key links them; add"
                    + " @Column(foreignKey = \"%s\") to a column of %s (or the other way round), or use"
                    + " secondary = \"...\" for a many-to-many"),
    AMBIGUOUS_FOREIGN_KEY("ambiguous-foreign-key",
            "Relationship %s.%s cannot tell which foreign key joins %s and %s: %s all could; add"
                    + " foreignKey = \"...\" to the @Relationship naming the column to use"),
    RELATIONSHIP_FOREIGN_KEY("relationship-foreign-key",
            "Relationship %s.%s names foreignKey = \"%s\", but no foreign key between %s and %s uses that"
                    + " column: name one of %s"),
    RELATIONSHIP_SHAPE("relationship-shape",
            "Relationship %s.%s is declared as %s, but the foreign key %s is on its own table %s, which makes"
                    + " it many-to-one: declare the field as %s"),
    SECONDARY_NOT_COLLECTION("secondary-not-collection",
            "Relationship %s.%s has secondary = \"%s\", which makes it many-to-many, but is declared as %s:"
                    + " declare it as List<%s>, Set<%s> or Collection<%s>"),
    USELIST_MISMATCH("uselist-mismatch",
            "Relationship %s.%s states uselist = %s, which contradicts its field type %s: remove uselist or"
                    + " change the field type"),
    BACK_POPULATES_MISSING("back-populates-missing",
            "Relationship %s.%s names backPopulates = \"%s\", but %s has no relationship of that name:"
                    + " name one of [%s], or declare it on %s"),
    BACK_POPULATES_MISMATCH("back-populates-mismatch",
            "Relationship %s.%s names backPopulates = \"%s\", but %s.%s does not mirror it: it must point"
                    + " back to %s over the same foreign key (or association table), with backPopulates naming"
                    + " %s or left unset"),
    BACKREF_WITH_BACK_POPULATES("backref-with-back-populates",
            "Relationship %s.%s sets both backref and backPopulates: use backref to declare the other side"
                    + " from here, or backPopulates when the other side is a field, not both"),
    BACKREF_CONFLICT("backref-conflict",
            "backref = \"%s\" on %s.%s would add %s.%s, but %s already has an attribute or relationship of"
                    + " that name: declare the relationship on both sides with backPopulates instead, or choose"
                    + " another name"),
    SECONDARY_SHAPE("secondary-shape",
            "Association table %s of %s.%s does not link %s and %s: give it foreign key columns to both"
                    + " tables' primary keys, or leave it undeclared to let Retort create it"),
    SECONDARY_CONFLICT("secondary-conflict",
            "Association table %s is used by %s.%s between %s and %s, and by %s.%s between %s and %s: an"
                    + " association table links one pair of tables; use another name for one of them"),
    SECONDARY_SELF("secondary-self",
            "Relationship %s.%s links table %s to itself through %s, whose default columns would both be"
                    + " named %s: declare the association table as an entity with two foreign keys to %s and"
                    + " name the one to join on with foreignKey"),
    ORDER_BY_UNKNOWN("order-by-unknown",
            "orderBy = \"%s\" on %s.%s has \"%s\", which is not an attribute of %s optionally followed by asc"
                    + " or desc: use attribute names of %s (%s)"),
    JOINED_CYCLE("joined-cycle",
            "lazy = JOINED relationships %s form a cycle, so loading one would join forever: make one of"
                    + " them SELECT or SELECTIN"),

    // ------------------------------------------------------------------ classical mapping
    CLASSICAL_PROPERTY_MISSING("classical-property-missing",
            "Mapping %s names property %s, which %s has neither as a field nor as a getter/setter pair:"
                    + " name one of its properties (%s)"),
    CLASSICAL_PROPERTY_TYPE("classical-property-type",
            "Mapping %s declares %s as %s, but %s.%s is a %s: declare the mapping field with the"
                    + " property's type"),

    // ------------------------------------------------------------------ named queries
    QUERY_NOT_ON_ENTITY("query-not-on-entity",
            "@Query is on %s, which is not an entity: put named queries on a @Table class"),
    QUERY_NAME("query-name",
            "@Query name \"%s\" on %s is not a Java identifier, or another query or attribute of %s already uses"
                    + " it: choose another name"),
    QUERY_INVALID("query-invalid",
            "@Query %s on %s is not valid SQL for the declared schema: %s. Fix the statement (tables: %s)"),
    QUERY_KIND("query-kind",
            "@Query %s on %s is not a SELECT, INSERT, UPDATE or DELETE statement: a named query reads or changes"
                    + " rows; run other statements with Core's text()"),
    SCHEMA_INVALID("schema-invalid",
            "Table %s cannot be created on Derby, so its named queries cannot be checked: %s. Check the"
                    + " serverDefault and type declarations of %s (statement: %s)");

    private final String id;
    private final String template;

    /** How to write a {@code defaultValue} of each SQL kind, for {@link #DEFAULT_VALUE}. */
    public static String literalHint(dev.retort.sql.TypeKind kind) {
        switch (kind) {
            case INTEGER: case BIGINT: case SMALLINT: return "a whole number in range, such as 42";
            case BOOLEAN: return "true or false";
            case REAL: case DOUBLE: return "a finite number, such as 1.5";
            case NUMERIC: return "a decimal number, such as 12.50";
            case DATE: return "an ISO date, such as 2024-01-31";
            case TIME: return "an ISO time, such as 13:45:00";
            case TIMESTAMP: return "an ISO date-time, such as 2024-01-31T13:45:00";
            case TIMESTAMP_TZ: return "an ISO date-time with offset, such as 2024-01-31T13:45:00Z";
            case UUID: return "a UUID, such as 123e4567-e89b-12d3-a456-426614174000";
            case ENUM: return "the name of one of its constants";
            default: return "nothing: this type has no literal form; leave defaultValue unset";
        }
    }

    Message(String id, String template) {
        this.id = id;
        this.template = template;
    }

    /** The stable id, as in {@code [retort:no-primary-key]}. */
    public String id() {
        return id;
    }

    /** The message text for {@code args}, starting with its id. */
    public String format(Object... args) {
        return "[retort:" + id + "] " + String.format(Locale.ROOT, template, args);
    }
}
