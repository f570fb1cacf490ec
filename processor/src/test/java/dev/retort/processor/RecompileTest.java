package dev.retort.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles as an IDE or build tool does after an edit: one entity alone, with the earlier output of
 * the whole model on the class path. Entities compiled earlier are found through the list the earlier
 * {@code Base_} carries, so relationships and foreign keys to them resolve, and the new {@code Base_} still lists every
 * entity: it is byte for byte the one a full compilation of the edited model writes.
 */
class RecompileTest {
    private static final String USER = "models/seed/User.java";
    private static final String ADDRESS = "models/seed/Address.java";
    private static final String BASE = "models/seed/Base.java";
    private static final String EDITED_USER = "recompile/seed/User.java";

    @Test
    void oneEditedEntityRecompiledAloneGetsItsMetamodelAndACompleteBase(@TempDir Path dir) throws IOException {
        Path classes = outputOf(Sources.compile(List.of(Sources.file(USER), Sources.file(ADDRESS),
                Sources.file(BASE))), dir.resolve("first"));

        Compilation partial = Sources.javac().withClasspath(classPathWith(classes))
                .compile(List.of(Sources.file(EDITED_USER)));
        assertThat(partial).succeededWithoutWarnings();
        Compilation full = Sources.compile(List.of(Sources.file(EDITED_USER), Sources.file(ADDRESS),
                Sources.file(BASE)));
        assertThat(full).succeededWithoutWarnings();

        Map<String, String> written = GoldenTest.generatedFiles(partial);
        assertThat(written.keySet()).containsExactly("example/seed/User_.java", "example/seed/Base_.java",
                "META-INF/services/dev.retort.orm.mapping.MappedBase");
        Map<String, String> expected = GoldenTest.generatedFiles(full);
        assertThat(written.get("example/seed/User_.java")).contains("nickname");
        for (String file : written.keySet()) {
            assertThat(written.get(file)).isEqualTo(expected.get(file));
        }
        assertThat(written.get("example/seed/Base_.java")).contains("Address_.MAPPER");
        assertThat(ddl(partial, "derby")).isEqualTo(ddl(full, "derby"));
    }

    @Test
    void anEntityWithAForeignKeyToACompiledTableRecompilesAlone(@TempDir Path dir) throws IOException {
        Path classes = outputOf(Sources.compile(List.of(Sources.file(USER), Sources.file(ADDRESS),
                Sources.file(BASE))), dir.resolve("first"));

        Compilation partial = Sources.javac().withClasspath(classPathWith(classes))
                .compile(List.of(Sources.file(ADDRESS)));
        assertThat(partial).succeededWithoutWarnings();
        Map<String, String> written = GoldenTest.generatedFiles(partial);
        Map<String, String> expected = GoldenTest.generatedFiles(Sources.compile(List.of(Sources.file(USER),
                Sources.file(ADDRESS), Sources.file(BASE))));
        assertThat(written.keySet()).containsExactly("example/seed/Address_.java", "example/seed/Base_.java",
                "META-INF/services/dev.retort.orm.mapping.MappedBase");
        for (String file : written.keySet()) {
            assertThat(written.get(file)).isEqualTo(expected.get(file));
        }
    }

    @Test
    void aBackrefAndSecondaryTableDeclaredByACompiledEntityReachTheRecompiledTarget(@TempDir Path dir)
            throws IOException {
        List<JavaFileObject> model = Sources.under("models/m2m");
        Compilation first = Sources.compile(model);
        Path classes = outputOf(first, dir.resolve("first"));

        Compilation partial = Sources.javac().withClasspath(classPathWith(classes))
                .compile(List.of(Sources.file("models/m2m/Child.java")));
        assertThat(partial).succeededWithoutWarnings();
        Map<String, String> written = GoldenTest.generatedFiles(partial);
        Map<String, String> expected = GoldenTest.generatedFiles(first);
        assertThat(written.get("example/m2m/Child_.java")).contains("\"association\"");
        assertThat(written.get("example/m2m/Child_.java")).contains("parents");
        for (String file : written.keySet()) {
            assertThat(written.get(file)).isEqualTo(expected.get(file));
        }
        assertThat(ddl(partial, "derby")).isEqualTo(ddl(first, "derby"));
    }

    @Test
    void theBaseRecompiledAloneStillListsEveryEntity(@TempDir Path dir) throws IOException {
        Compilation first = Sources.compile(List.of(Sources.file(USER), Sources.file(ADDRESS), Sources.file(BASE)));
        Path classes = outputOf(first, dir.resolve("first"));

        Compilation partial = Sources.javac().withClasspath(classPathWith(classes)).compile(List.of(Sources.file(BASE)));
        assertThat(partial).succeededWithoutWarnings();
        Map<String, String> written = GoldenTest.generatedFiles(partial);
        assertThat(written.keySet()).containsExactly("example/seed/Base_.java",
                "META-INF/services/dev.retort.orm.mapping.MappedBase");
        assertThat(written.get("example/seed/Base_.java"))
                .isEqualTo(GoldenTest.generatedFiles(first).get("example/seed/Base_.java"));
    }

    @Test
    void deletedEntitiesTheEarlierBaseListsAreIgnored(@TempDir Path dir) throws IOException {
        Path classes = outputOf(Sources.compile(List.of(Sources.file(USER), Sources.file(ADDRESS),
                Sources.file(BASE))), dir.resolve("first"));
        Files.delete(classes.resolve("example/seed/Address.class"));
        Files.delete(classes.resolve("example/seed/User.class"));
        assertThat(Files.exists(classes.resolve("example/seed/Base_.class"))).isTrue();

        Compilation partial = Sources.javac().withClasspath(classPathWith(classes))
                .compile(List.of(Sources.file("recompile/seed/Lonely.java"), Sources.file(BASE)));
        assertThat(partial).succeededWithoutWarnings();
        String base = GoldenTest.generatedFiles(partial).get("example/seed/Base_.java");
        assertThat(base).contains("Lonely_.MAPPER");
        assertThat(base).doesNotContain("User_");
        assertThat(base).doesNotContain("Address_");
    }

    /** The DDL resource of {@code dialect} that {@code c} wrote. */
    private static String ddl(Compilation c, String dialect) throws IOException {
        for (JavaFileObject f : c.generatedFiles()) {
            if (f.getName().endsWith(dialect + ".sql")) {
                try (InputStream in = f.openInputStream()) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no DDL for " + dialect);
    }

    /** Writes {@code c}'s class files and resources to {@code dir}, as javac's {@code -d} would. */
    private static Path outputOf(Compilation c, Path dir) throws IOException {
        assertThat(c).succeededWithoutWarnings();
        for (JavaFileObject f : c.generatedFiles()) {
            String name = f.getName();
            if (!name.startsWith("/CLASS_OUTPUT/")) {
                continue;
            }
            Path target = dir.resolve(name.substring("/CLASS_OUTPUT/".length()));
            Files.createDirectories(target.getParent());
            try (InputStream in = f.openInputStream()) {
                Files.write(target, in.readAllBytes());
            }
        }
        return dir;
    }

    /** This JVM's class path (the annotations and runtime) plus {@code classes}. */
    private static List<File> classPathWith(Path classes) {
        List<File> out = new ArrayList<>();
        out.add(classes.toFile());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            out.add(new File(entry));
        }
        return out;
    }
}
