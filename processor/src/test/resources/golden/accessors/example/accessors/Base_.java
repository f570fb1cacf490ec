package example.accessors;

import dev.retort.orm.mapping.EntityMapper;
import dev.retort.orm.mapping.MappedBase;
import dev.retort.orm.mapping.MapperRegistry;
import dev.retort.sql.MetaData;
import java.util.function.Supplier;
import javax.annotation.processing.Generated;

/**
 * The tables and mappers of every entity of {@link Base}: {@code metadata()} creates and drops
 * the schema, {@code registry()} is what sessions use. Listed in
 * {@code META-INF/services/dev.retort.orm.mapping.MappedBase}. Generated; do not edit.
 */
@Generated("dev.retort.processor.RetortProcessor")
public final class Base_ implements MappedBase {
    /**
     * The classes that declare the entities of {@link Base}, one a line: Retort's processor
     * reads them when it compiles only some of them again.
     */
    static final String ENTITIES = "example.accessors.Account\n";

    /**
     * This base, through which the metamodels' relationships find the related class's
     * mapper when first used.
     */
    public static final MappedBase BASE = new Base_();

    /**
     * Where the metamodels' tables find their {@code MetaData}.
     */
    public static final Supplier<MetaData> HOME = Base_::metadata;

    /**
     * For {@link java.util.ServiceLoader}; use the static methods.
     */
    public Base_() {
    }

    /**
     * The tables, referenced tables first.
     */
    public static MetaData metadata() {
        return Holder.METADATA;
    }

    /**
     * The mappers of the entities.
     */
    public static MapperRegistry registry() {
        return Holder.REGISTRY;
    }

    @Override
    public Class<?> baseType() {
        return Base.class;
    }

    @Override
    public MetaData getMetadata() {
        return metadata();
    }

    @Override
    public MapperRegistry getRegistry() {
        return registry();
    }

    /**
     * The mapper of {@code type} if it is an entity of this base, else {@code null}: initializes
     * that entity's metamodel alone.
     */
    @Override
    public EntityMapper<?> mapperOf(Class<?> type) {
        switch (type.getName()) {
            case "example.accessors.Account": return Account_.MAPPER;
            default: return null;
        }
    }

    private static final class Holder {
        static final MetaData METADATA = MetaData.of(
                Account_.TABLE);

        static final MapperRegistry REGISTRY = MapperRegistry.of(
                Account_.MAPPER);
    }
}
