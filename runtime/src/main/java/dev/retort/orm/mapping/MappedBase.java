package dev.retort.orm.mapping;

import dev.retort.sql.MetaData;

/**
 * A declarative base as generated code describes it: {@code Base_} implements this and is listed
 * in {@code META-INF/services/dev.retort.orm.mapping.MappedBase}, so
 * {@code sessionmaker(engine)} finds its mappers with no configuration. The static
 * {@code Base_.metadata()} and {@code Base_.registry()} return the same objects.
 */
public interface MappedBase {

    /** The {@code @DeclarativeBase} type. */
    Class<?> baseType();

    /** The tables of the base's entities and association tables. */
    MetaData getMetadata();

    /** The mappers of the base's entities. */
    MapperRegistry getRegistry();

    /**
     * The mapper of {@code type} when it is an entity of this base, else {@code null}. Generated
     * bases answer by initializing that entity's metamodel alone, so a session's first use of a
     * class does not build the metamodel of every entity of its base; this default reads them all.
     */
    default EntityMapper<?> mapperOf(Class<?> type) {
        return getRegistry().find(type);
    }
}
