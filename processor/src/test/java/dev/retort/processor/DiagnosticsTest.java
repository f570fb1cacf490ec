package dev.retort.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.retort.processor.diag.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One compilation per {@link Message}, each from its own source under {@code bad/}: the message
 * text, the file and the line (the one marked {@code // <-}), and that no code was written for the
 * entity in error. A text may have several fragments, separated by {@code …}, where the database
 * supplies part of the message.
 */
class DiagnosticsTest {

    record Case(Message message, String file, String entity, String text, String... options) {
        @Override
        public String toString() {
            return message.id();
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // entity shape
                new Case(Message.NO_DECLARATIVE_BASE, "NoDeclarativeBase", "NoDeclarativeBase",
                        "Entity NoDeclarativeBase belongs to no @DeclarativeBase: make it implement or extend a type"
                                + " annotated @DeclarativeBase, e.g. `@DeclarativeBase public interface Base {}`"),
                new Case(Message.SEVERAL_DECLARATIVE_BASES, "SeveralDeclarativeBases", "SeveralDeclarativeBases",
                        "Entity SeveralDeclarativeBases belongs to several declarative bases (BaseA, BaseB): make it"
                                + " implement or extend exactly one"),
                new Case(Message.NO_PRIMARY_KEY, "NoPrimaryKey", "NoPrimaryKey",
                        "Entity NoPrimaryKey has no primary key: add @Column(primaryKey = true) to one field"),
                new Case(Message.NO_DEFAULT_CONSTRUCTOR, "NoDefaultConstructor", "NoDefaultConstructor",
                        "Entity NoDefaultConstructor has no accessible no-argument constructor, which generated code"
                                + " needs to create its objects: add `NoDefaultConstructor() {}` (package-private is"
                                + " enough), or make it a record"),
                new Case(Message.ABSTRACT_ENTITY, "AbstractEntity", "AbstractEntity",
                        "Entity AbstractEntity is abstract or an interface, so generated code cannot create its"
                                + " objects: map a concrete class"),
                new Case(Message.INNER_CLASS, "InnerClass", "InnerClass_Item",
                        "Entity InnerClass.Item is an inner (non-static) class, so generated code cannot create its"
                                + " objects: declare it `static`"),
                new Case(Message.INACCESSIBLE_ENTITY, "InaccessibleEntity", "InaccessibleEntity_Item",
                        "Entity InaccessibleEntity.Item is not accessible from package bad, where its generated class"
                                + " InaccessibleEntity_Item_ lives: make it and the classes enclosing it non-private,"
                                + " and public when they are in another package"),
                new Case(Message.GENERIC_ENTITY, "GenericEntity", "GenericEntity",
                        "Entity GenericEntity has type parameters, which a mapped class cannot have: remove them"),
                new Case(Message.MAPPED_TWICE, "MappedTwice", "MappedTwice",
                        "Class MappedTwice is mapped twice, by MappedTwice and MappedTwiceAgain: keep one mapping"),
                new Case(Message.RESERVED_NAME, "ReservedName", "ReservedName",
                        "Attribute ReservedName.TABLE has the name of a member of the generated class ReservedName_:"
                                + " rename the field (ATTRIBUTES, MAPPER, RELATIONS, TABLE are taken)"),
                new Case(Message.UNRESOLVED_TYPE, "UnresolvedType", "UnresolvedType",
                        "Type NotGenerated of UnresolvedType.value cannot be found: check its import, or the"
                                + " processor that should generate it"),
                new Case(Message.INTERNAL_ERROR, "InternalError", "InternalError",
                        "Retort failed while processing bad.InternalError, which is a bug in Retort: please report it"
                                + " with this stack trace. No code was generated for it.…java.lang.IllegalStateException:"
                                + " failing on purpose: retort.internal.failOn=bad.InternalError…at dev.retort.processor",
                        "-Aretort.internal.failOn=bad.InternalError"),
                // fields and columns
                new Case(Message.COLUMN_AND_RELATIONSHIP, "ColumnAndRelationship", "ColumnAndRelationship",
                        "Field ColumnAndRelationship.parent has both @Column and @Relationship: a field is either a"
                                + " column or a relationship; map the foreign key column and the relationship as two"
                                + " fields"),
                new Case(Message.STATIC_FIELD, "StaticField", "StaticField",
                        "Field StaticField.shared is static and cannot be mapped: remove `static`, or remove the"
                                + " annotation"),
                new Case(Message.FINAL_FIELD, "FinalField", "FinalField",
                        "Field FinalField.code is final, so objects read from the database cannot be filled in: remove"
                                + " `final` (or use a record, whose fields are set by its constructor)"),
                new Case(Message.INACCESSIBLE_FIELD, "InaccessibleField", "InaccessibleField",
                        "Field InaccessibleField.secret is not accessible from generated code in package bad and has"
                                + " no getter/setter pair: make it package-private, or add getSecret() and"
                                + " setSecret(String)"),
                new Case(Message.RECORD_COMPONENT_UNMAPPED, "RecordComponentUnmapped", "RecordComponentUnmapped",
                        "Record component RecordComponentUnmapped.note is not mapped, so generated code cannot call the"
                                + " canonical constructor: annotate it with @Column or @Relationship, or remove it"),
                new Case(Message.RECORD_REFERENCE, "RecordReference", "RecordReference",
                        "Relationship RecordReference.owner is a single reference in a record, which cannot be filled"
                                + " in after construction: map the foreign key column instead, or make RecordReference"
                                + " a class"),
                new Case(Message.INACCESSIBLE_TYPE, "InaccessibleType", "InaccessibleType",
                        "InaccessibleType.mood has type InaccessibleType.Mood, which the generated code in package bad"
                                + " cannot name: make InaccessibleType.Mood public (and the classes enclosing it)"),
                new Case(Message.UNSUPPORTED_TYPE, "UnsupportedType", "UnsupportedType",
                        "Field UnsupportedType.created has type Date, which Retort cannot map: use one of the types"
                                + " listed in @Column's Javadoc, or add @Column(converter = ...) naming a"
                                + " Converter<Date, ?>"),
                new Case(Message.DUPLICATE_COLUMN, "DuplicateColumn", "DuplicateColumn",
                        "Column email_address of table duplicate_column is mapped by both DuplicateColumn.emailAddress"
                                + " and DuplicateColumn.email: give one of them another @Column(name = ...)"),
                new Case(Message.TYPE_OVERRIDE, "TypeOverride", "TypeOverride",
                        "@Column(type = TEXT) does not fit field TypeOverride.count of type Integer: use one of"
                                + " INTEGER, or leave type unset"),
                new Case(Message.NOT_APPLICABLE, "NotApplicable", "NotApplicable",
                        "@Column(length = ...) does not apply to field NotApplicable.count of type Integer: length"
                                + " applies to String and byte[] columns only"),
                new Case(Message.NOT_APPLICABLE, "TextLength", "TextLength",
                        "@Column(length = ...) does not apply to field TextLength.notes of type String (type = TEXT):"
                                + " length applies to VARCHAR and byte[] columns (TEXT is unbounded) only"),
                new Case(Message.BAD_LENGTH, "BadLength", "BadLength",
                        "@Column(length = -5) on BadLength.name is not a valid length: use a positive number, or leave"
                                + " it unset"),
                new Case(Message.BAD_PRECISION, "BadPrecision", "BadPrecision",
                        "@Column(precision = 4, scale = 6) on BadPrecision.rate is not a valid NUMERIC: precision must"
                                + " be positive and scale between 0 and the precision"),
                new Case(Message.CONVERTER, "BadConverter", "BadConverter",
                        "Converter PointConverter on BadConverter.location cannot be used: PointConverter must be a"
                                + " public, non-abstract class with a public no-argument constructor implementing"
                                + " Converter<Point, D>, where D is a type Retort maps and not a generic type"),
                new Case(Message.VERSION_TYPE, "VersionType", "VersionType",
                        "Version column VersionType.version has type String: a version counter is an int, long,"
                                + " Integer or Long"),
                new Case(Message.SEVERAL_VERSIONS, "SeveralVersions", "SeveralVersions",
                        "Entity SeveralVersions has several version columns (version, revision): keep"
                                + " @Column(version = true) on one"),
                new Case(Message.VERSION_PRIMARY_KEY, "VersionPrimaryKey", "VersionPrimaryKey",
                        "Column VersionPrimaryKey.id is both the version counter and part of the primary key: a"
                                + " version changes on every UPDATE, so it cannot identify a row; use a separate"
                                + " column"),
                new Case(Message.SEQUENCE_TYPE, "SequenceType", "SequenceType",
                        "Column SequenceType.code has a sequence but type String: a sequence's values are whole"
                                + " numbers; use Long, long, Integer or int (without a converter)"),
                new Case(Message.SEQUENCE_NOT_KEY, "SequenceNotKey", "SequenceNotKey",
                        "Column SequenceNotKey.ticket has a sequence but is not the table's generated key: a sequence"
                                + " gives keys to the table's only primary key column when it is an integer without a"
                                + " foreign key, serverDefault or autoincrement = false; remove `sequence`, or move it"
                                + " to that column"),
                new Case(Message.SEQUENCE_ALLOCATION_SIZE, "SequenceAllocationSize", "SequenceAllocationSize",
                        "allocationSize 0 of SequenceAllocationSize.id is below 1: each fetch from the sequence"
                                + " reserves allocationSize keys and is the sequence's INCREMENT BY; use at least 1"
                                + " (the default is 50)"),
                new Case(Message.DEFAULT_VALUE, "DefaultValue", "DefaultValue",
                        "defaultValue \"lots\" of DefaultValue.quantity is not a valid Integer: write a whole number in"
                                + " range, such as 42"),
                new Case(Message.DEFAULT_ON_PRIMITIVE, "DefaultOnPrimitive", "DefaultOnPrimitive",
                        "defaultValue of DefaultOnPrimitive.quantity is never used: a primitive int is never null;"
                                + " initialize the field in its declaration instead, or use Integer"),
                new Case(Message.IMMUTABLE_DEFAULT, "ImmutableDefault", "ImmutableDefault",
                        "defaultValue of ImmutableDefault.label cannot be applied: ImmutableDefault is a record and"
                                + " cannot be changed after construction; pass the default when you create it"),
                new Case(Message.UNKNOWN_INDEX_COLUMN, "UnknownIndexColumn", "UnknownIndexColumn",
                        "Index of UnknownIndexColumn names column nickname, which the entity does not map: use one of"
                                + " id, name"),
                // foreign keys and tables
                new Case(Message.FOREIGN_KEY_SYNTAX, "ForeignKeySyntax", "ForeignKeySyntax",
                        "foreignKey = \"users\" on ForeignKeySyntax.userId is not written \"table.column\" (or"
                                + " \"schema.table.column\")"),
                new Case(Message.FOREIGN_KEY_UNKNOWN_TABLE, "ForeignKeyUnknownTable", "ForeignKeyUnknownTable",
                        "foreignKey = \"user.id\" on ForeignKeyUnknownTable.userId names table user, which no entity of"
                                + " Base maps: use one of addresses, users"),
                new Case(Message.FOREIGN_KEY_UNKNOWN_COLUMN, "ForeignKeyUnknownColumn", "ForeignKeyUnknownColumn",
                        "foreignKey = \"users.uid\" on ForeignKeyUnknownColumn.userId names column uid, which table"
                                + " users does not have: use one of id, name"),
                new Case(Message.FOREIGN_KEY_NOT_KEY, "ForeignKeyNotKey", "ForeignKeyNotKey",
                        "foreignKey = \"users.name\" on ForeignKeyNotKey.userName references a column that is neither a"
                                + " primary key nor unique, which databases refuse: reference the primary key of users,"
                                + " or make name unique"),
                new Case(Message.FOREIGN_KEY_TYPE, "ForeignKeyType", "ForeignKeyType",
                        "foreignKey = \"users.id\" on ForeignKeyType.userId joins column type INTEGER to BIGINT: give"
                                + " userId the type of the referenced column (Long)"),
                new Case(Message.FOREIGN_KEY_CYCLE, "ForeignKeyCycle", "Egg",
                        "The foreign keys of tables eggs, hens form a cycle, so no order exists to create them: remove"
                                + " one of the foreign keys, or make it point to a separate table"),
                new Case(Message.DUPLICATE_TABLE, "DuplicateTable", "Item",
                        "Table items is mapped by both DuplicateTable and Item in Base: give one of them another"
                                + " @Table(name = ...)"),
                new Case(Message.DDL_UNSUPPORTED, "DdlUnsupported", null,
                        "The schema of Base cannot be rendered for derby (…SET DEFAULT…), so"
                                + " META-INF/retort/bad.Base.derby.sql is not written; change the declaration if you"
                                + " use derby"),
                // relationships
                new Case(Message.COLLECTION_IMPLEMENTATION, "CollectionImplementation", "CollectionImplementation",
                        "Relationship CollectionImplementation.addresses is declared as ArrayList<Address>: declare the"
                                + " interface type (List<Address>, Set<Address> or Collection<Address>) and initialize"
                                + " it with any implementation"),
                new Case(Message.RELATIONSHIP_TARGET, "RelationshipTarget", "RelationshipTarget",
                        "Relationship RelationshipTarget.notes points to Note, which is not an entity of Base: point it"
                                + " to a @Table class of the same declarative base (RelationshipTarget)"),
                new Case(Message.RELATIONSHIP_TYPE, "RelationshipType", "RelationshipType",
                        "Relationship RelationshipType.friends has type Map<String, RelationshipType>: declare it as an"
                                + " entity type for a single reference, or as List, Set or Collection of an entity"
                                + " type"),
                new Case(Message.NO_FOREIGN_KEY, "NoForeignKey", "NoForeignKey",
                        "Relationship NoForeignKey.addresses cannot join tables users and addresses: no foreign key"
                                + " links them; add @Column(foreignKey = \"users.id\") to a column of addresses (or the"
                                + " other way round), or use secondary = \"...\" for a many-to-many"),
                new Case(Message.AMBIGUOUS_FOREIGN_KEY, "AmbiguousForeignKey", "AmbiguousForeignKey",
                        "Relationship AmbiguousForeignKey.sender cannot tell which foreign key joins messages and"
                                + " users: messages.sender_id, messages.recipient_id all could; add foreignKey = \"...\""
                                + " to the @Relationship naming the column to use"),
                new Case(Message.RELATIONSHIP_FOREIGN_KEY, "RelationshipForeignKey", "RelationshipForeignKey",
                        "Relationship RelationshipForeignKey.sender names foreignKey = \"author_id\", but no foreign key"
                                + " between messages and users uses that column: name one of messages.sender_id,"
                                + " messages.recipient_id"),
                new Case(Message.RELATIONSHIP_SHAPE, "RelationshipShape", "RelationshipShape",
                        "Relationship RelationshipShape.users is declared as List<User>, but the foreign key"
                                + " addresses.user_id is on its own table addresses, which makes it many-to-one:"
                                + " declare the field as User"),
                new Case(Message.SECONDARY_NOT_COLLECTION, "SecondaryNotCollection", "SecondaryNotCollection",
                        "Relationship SecondaryNotCollection.tag has secondary = \"post_tags\", which makes it"
                                + " many-to-many, but is declared as Tag: declare it as List<Tag>, Set<Tag> or"
                                + " Collection<Tag>"),
                new Case(Message.USELIST_MISMATCH, "UselistMismatch", "UselistMismatch",
                        "Relationship UselistMismatch.addresses states uselist = false, which contradicts its field"
                                + " type List<Address>: remove uselist or change the field type"),
                new Case(Message.BACK_POPULATES_MISSING, "BackPopulatesMissing", "BackPopulatesMissing",
                        "Relationship BackPopulatesMissing.addresses names backPopulates = \"owner\", but Address has no"
                                + " relationship of that name: name one of [user], or declare it on Address"),
                new Case(Message.BACK_POPULATES_MISMATCH, "BackPopulatesMismatch", "BackPopulatesMismatch",
                        "Relationship BackPopulatesMismatch.addresses names backPopulates = \"user\", but Address.user"
                                + " does not mirror it: it must point back to BackPopulatesMismatch over the same"
                                + " foreign key (or association table), with backPopulates naming addresses or left"
                                + " unset"),
                new Case(Message.BACKREF_WITH_BACK_POPULATES, "BackrefWithBackPopulates", "BackrefWithBackPopulates",
                        "Relationship BackrefWithBackPopulates.addresses sets both backref and backPopulates: use"
                                + " backref to declare the other side from here, or backPopulates when the other side"
                                + " is a field, not both"),
                new Case(Message.BACKREF_CONFLICT, "BackrefConflict", "BackrefConflict",
                        "backref = \"user\" on BackrefConflict.addresses would add Address.user, but Address already has"
                                + " an attribute or relationship of that name: declare the relationship on both sides"
                                + " with backPopulates instead, or choose another name"),
                new Case(Message.SECONDARY_SHAPE, "SecondaryShape", "SecondaryShape",
                        "Association table post_tags of SecondaryShape.tags does not link posts and tags: give it"
                                + " foreign key columns to both tables' primary keys, or leave it undeclared to let"
                                + " Retort create it"),
                new Case(Message.SECONDARY_CONFLICT, "SecondaryConflict", "Tag",
                        "Association table links is used by SecondaryConflict.tags between users and tags, and by"
                                + " Tag.posts between tags and posts: an association table links one pair of tables;"
                                + " use another name for one of them"),
                new Case(Message.SECONDARY_SELF, "SecondarySelf", "SecondarySelf",
                        "Relationship SecondarySelf.friends links table people to itself through friendships, whose"
                                + " default columns would both be named people_id: declare the association table as an"
                                + " entity with two foreign keys to people and name the one to join on with"
                                + " foreignKey"),
                new Case(Message.ORDER_BY_UNKNOWN, "OrderByUnknown", "OrderByUnknown",
                        "orderBy = \"email, created desc\" on OrderByUnknown.addresses has \"created\", which is not an"
                                + " attribute of Address optionally followed by asc or desc: use attribute names of"
                                + " Address (id, userId, email)"),
                new Case(Message.JOINED_CYCLE, "JoinedCycle", "JoinedCycle",
                        "lazy = JOINED relationships JoinedCycle.children form a cycle, so loading one would join"
                                + " forever: make one of them SELECT or SELECTIN"),
                // classical mapping
                new Case(Message.CLASSICAL_PROPERTY_MISSING, "ClassicalPropertyMissing", "Legacy",
                        "Mapping ClassicalPropertyMissing names property title, which Legacy has neither as a field nor"
                                + " as a getter/setter pair: name one of its properties (id, name)"),
                new Case(Message.CLASSICAL_PROPERTY_TYPE, "ClassicalPropertyType", "Legacy",
                        "Mapping ClassicalPropertyType declares name as Integer, but Legacy.name is a String: declare"
                                + " the mapping field with the property's type"),
                // named queries
                new Case(Message.QUERY_NOT_ON_ENTITY, "QueryNotOnEntity", null,
                        "@Query is on QueryNotOnEntity, which is not an entity: put named queries on a @Table class"),
                new Case(Message.QUERY_NAME, "QueryName", "QueryName",
                        "@Query name \"by-name\" on QueryName is not a Java identifier, or another query or attribute of"
                                + " QueryName already uses it: choose another name"),
                new Case(Message.QUERY_INVALID, "QueryInvalid", "QueryInvalid",
                        "@Query byEmail on QueryInvalid is not valid SQL for the declared schema: Column 'EMAIL' is"
                                + " either not in any table in the FROM list…. Fix the statement (tables: users)"),
                new Case(Message.QUERY_KIND, "QueryKind", "QueryKind",
                        "@Query wipe on QueryKind is not a SELECT, INSERT, UPDATE or DELETE statement: a named query"
                                + " reads or changes rows; run other statements with Core's text()"),
                new Case(Message.SCHEMA_INVALID, "SchemaInvalid", "SchemaInvalid",
                        "Table users cannot be created on Derby, so its named queries cannot be checked: DEFAULT value"
                                + " or IDENTITY attribute value is not valid for column 'CREATED'. Check the"
                                + " serverDefault and type declarations of SchemaInvalid (statement: CREATE TABLE users"
                                + " ( id BIGINT GENERATED BY DEFAULT AS IDENTITY (START WITH 1, INCREMENT BY 1) NOT"
                                + " NULL, created TIMESTAMP DEFAULT NOW(), CONSTRAINT pk_users PRIMARY KEY (id) ))"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheMistakeOnTheOffendingLine(Case c) throws IOException {
        String resource = "bad/" + c.file() + ".java";
        JavaFileObject source = Sources.file(resource);
        RecordingProcessor processor = new RecordingProcessor();
        Compilation compilation = Compiler.javac().withProcessors(processor).withOptions((Object[]) c.options())
                .compile(source);
        String[] fragments = ("[retort:" + c.message().id() + "] " + c.text()).split("…");
        int line = markedLine(resource);
        boolean warning = c.message() == Message.DDL_UNSUPPORTED;
        if (warning) {
            assertThat(compilation).succeeded();
            assertThat(compilation).hadWarningContaining(fragments[0]).inFile(source).onLine(line);
        } else {
            assertThat(compilation).failed();
            assertThat(compilation).hadErrorContaining(fragments[0]).inFile(source).onLine(line);
        }
        Diagnostic.Kind kind = warning ? Diagnostic.Kind.WARNING : Diagnostic.Kind.ERROR;
        Diagnostic<? extends JavaFileObject> d = compilation.diagnostics().stream()
                .filter(x -> x.getKind() == kind && x.getMessage(Locale.ROOT).startsWith(fragments[0]))
                .findFirst().orElseThrow();
        String message = d.getMessage(Locale.ROOT);
        int from = 0;
        for (String fragment : fragments) {
            int at = message.indexOf(fragment, from);
            assertWithMessage("message of %s:\n%s\nshould contain, in order:\n%s", c.message().id(), message, fragment)
                    .that(at).isAtLeast(0);
            from = at + fragment.length();
        }
        if (c.entity() != null) {
            assertWithMessage("generated sources").that(processor.createdSources())
                    .doesNotContain("bad." + c.entity() + "_");
        }
        if (warning) {
            assertThat(processor.createdSources()).contains("bad.DdlUnsupported_");
        }
    }

    @Test
    void everyMessageHasACase() {
        Set<Message> covered = EnumSet.noneOf(Message.class);
        cases().forEach(c -> covered.add(c.message()));
        assertThat(covered).containsExactlyElementsIn(EnumSet.allOf(Message.class));
    }

    @Test
    void messagesHaveUniqueIdsAndSayWhatToDo() {
        List<String> ids = new ArrayList<>();
        for (Message m : Message.values()) {
            ids.add(m.id());
            assertThat(m.id()).matches("[a-z]+(-[a-z]+)*");
        }
        assertThat(ids).containsNoDuplicates();
    }

    private static int markedLine(String resource) throws IOException {
        List<String> lines = Files.readAllLines(Sources.resourceDir(resource));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("// <-")) {
                return i + 1;
            }
        }
        throw new AssertionError(resource + " marks no line with // <-");
    }
}
