package dev.retort.processor.write;

import com.palantir.javapoet.ClassName;
import dev.retort.engine.Row;
import dev.retort.orm.mapping.Attribute;
import dev.retort.orm.mapping.CascadeOption;
import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.GeneratedMapper;
import dev.retort.orm.mapping.LoadStrategy;
import dev.retort.orm.mapping.MappedBase;
import dev.retort.orm.mapping.MapperRegistry;
import dev.retort.orm.mapping.NamedQuery;
import dev.retort.orm.mapping.QueryRunner;
import dev.retort.orm.mapping.Relation;
import dev.retort.sql.Column;
import dev.retort.sql.Index;
import dev.retort.sql.MetaData;
import dev.retort.sql.ReferentialAction;
import dev.retort.sql.Sequence;
import dev.retort.sql.SqlTypes;
import dev.retort.sql.Table;
import dev.retort.sql.UniqueConstraint;

/** Every class generated code names, in one place. */
final class Names {
    private Names() {}

    static final String PROCESSOR = "dev.retort.processor.RetortProcessor";

    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName TABLE = ClassName.get(Table.class);
    static final ClassName COLUMN = ClassName.get(Column.class);
    static final ClassName SQL_TYPES = ClassName.get(SqlTypes.class);
    static final ClassName REFERENTIAL_ACTION = ClassName.get(ReferentialAction.class);
    static final ClassName SEQUENCE = ClassName.get(Sequence.class);
    static final ClassName INDEX = ClassName.get(Index.class);
    static final ClassName UNIQUE_CONSTRAINT = ClassName.get(UniqueConstraint.class);
    static final ClassName METADATA = ClassName.get(MetaData.class);
    static final ClassName ATTRIBUTE = ClassName.get(Attribute.class);
    static final ClassName RELATION = ClassName.get(Relation.class);
    static final ClassName RELATION_KIND = RELATION.nestedClass("Kind");
    static final ClassName COLLECTION_TYPE = RELATION.nestedClass("CollectionType");
    static final ClassName LOAD_STRATEGY = ClassName.get(LoadStrategy.class);
    static final ClassName CASCADE_OPTION = ClassName.get(CascadeOption.class);
    static final ClassName ENTITY_MAPPER = ClassName.get(EntityMapper.class);
    static final ClassName GENERATED_MAPPER = ClassName.get(GeneratedMapper.class);
    static final ClassName MAPPER_REGISTRY = ClassName.get(MapperRegistry.class);
    static final ClassName MAPPED_BASE = ClassName.get(MappedBase.class);
    static final ClassName NAMED_QUERY = ClassName.get(NamedQuery.class);
    static final ClassName NAMED_QUERY_PARAM = NAMED_QUERY.nestedClass("Param");
    static final ClassName QUERY_RUNNER = ClassName.get(QueryRunner.class);
    static final ClassName ROW = ClassName.get(Row.class);

    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName SUPPLIER = ClassName.get("java.util.function", "Supplier");
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName LINKED_HASH_SET = ClassName.get("java.util", "LinkedHashSet");
    static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");
    static final ClassName UUID = ClassName.get("java.util", "UUID");
    static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");
    static final ClassName LOCAL_DATE = ClassName.get("java.time", "LocalDate");
    static final ClassName LOCAL_TIME = ClassName.get("java.time", "LocalTime");
    static final ClassName LOCAL_DATE_TIME = ClassName.get("java.time", "LocalDateTime");
    static final ClassName OFFSET_DATE_TIME = ClassName.get("java.time", "OffsetDateTime");
    static final ClassName INSTANT = ClassName.get("java.time", "Instant");
    static final ClassName INDEX_OUT_OF_BOUNDS = ClassName.get("java.lang", "IndexOutOfBoundsException");
    static final ClassName UNSUPPORTED = ClassName.get("java.lang", "UnsupportedOperationException");
    static final ClassName OVERRIDE = ClassName.get("java.lang", "Override");
    static final ClassName SUPPRESS_WARNINGS = ClassName.get("java.lang", "SuppressWarnings");
}
