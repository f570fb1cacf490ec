package dev.retort;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the layering of ARCHITECTURE.md: each layer uses only the layers below it. SQL
 * expressions and dialects know nothing of the engine or the ORM; the ORM knows no particular
 * dialect; nothing at run time uses reflection.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importRuntime() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.retort");
    }

    @Test
    void layersOnlyLookDown() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Facade").definedBy("dev.retort")
                .layer("ORM").definedBy("dev.retort.orm", "dev.retort.orm.internal")
                .layer("Mapping").definedBy("dev.retort.orm.mapping")
                .layer("Engine").definedBy("dev.retort.engine..")
                .layer("Dialect").definedBy("dev.retort.dialect..")
                .layer("SQL").definedBy("dev.retort.sql..")
                .layer("Exceptions").definedBy("dev.retort.exc")
                .whereLayer("Facade").mayNotBeAccessedByAnyLayer()
                .whereLayer("ORM").mayOnlyBeAccessedByLayers("Facade")
                .whereLayer("Mapping").mayOnlyBeAccessedByLayers("Facade", "ORM")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Facade", "ORM", "Mapping")
                .whereLayer("Dialect").mayOnlyBeAccessedByLayers("Facade", "ORM", "Mapping", "Engine")
                .whereLayer("SQL").mayOnlyBeAccessedByLayers("Facade", "ORM", "Mapping", "Engine", "Dialect")
                .check(classes);
    }

    @Test
    void sqlKnowsNoDialectEngineOrOrm() {
        noClasses().that().resideInAPackage("dev.retort.sql..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.retort.dialect..", "dev.retort.engine..", "dev.retort.orm..")
                .check(classes);
    }

    @Test
    void onlyTheDialectRegistryNamesParticularDialects() {
        noClasses().that().resideOutsideOfPackages("dev.retort.dialect..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.retort.dialect.derby..", "dev.retort.dialect.h2..",
                        "dev.retort.dialect.sqlite..", "dev.retort.dialect.postgresql..",
                        "dev.retort.dialect.mysql..")
                .check(classes);
    }

    @Test
    void noReflectionAtRunTime() {
        noClasses().should().dependOnClassesThat().resideInAPackage("java.lang.reflect..")
                .orShould().callMethod(Class.class, "forName", String.class)
                .orShould().callMethod(Class.class, "getDeclaredFields")
                .orShould().callMethod(Class.class, "getDeclaredMethods")
                .orShould().callMethod(Class.class, "getDeclaredConstructors")
                .check(classes);
    }
}
