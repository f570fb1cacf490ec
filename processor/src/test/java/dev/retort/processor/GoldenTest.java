package dev.retort.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compiles representative models with the processor and compares every generated source (and the
 * services file) byte for byte with {@code src/test/resources/golden/<model>/}. Run with
 * {@code -Dretort.updateGoldens=true} to rewrite the golden files after an intended change, then
 * review the diff. The DDL resources depend on the dialects and are checked by {@link DdlResourceTest}.
 */
class GoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("retort.updateGoldens");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    /** Each model compiled once for both checks (whichever runs first compiles it): javac is the slow part. */
    private static final Map<String, Compilation> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Compilation compiled(String model) {
        return COMPILED.computeIfAbsent(model, m -> Sources.compile(Sources.under("models/" + m)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "m2m", "record", "accessors", "types", "nested", "classical", "tree", "queries", "packages", "sequence"})
    void generatedFilesMatchTheGoldenFiles(String model) throws IOException {
        Compilation compilation = compiled(model);
        assertThat(compilation).succeededWithoutWarnings();

        Map<String, String> generated = generatedFiles(compilation);
        Path dir = GOLDEN.resolve(model);
        if (UPDATE) {
            rewrite(dir, generated);
            return;
        }
        Map<String, String> expected = new TreeMap<>();
        Path root = Sources.resourceDir("golden/" + model);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                expected.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        assertWithMessage("generated files of model %s (rerun with -Dretort.updateGoldens=true after an intended"
                + " change)", model).that(generated.keySet()).containsExactlyElementsIn(expected.keySet());
        for (Map.Entry<String, String> e : generated.entrySet()) {
            assertWithMessage("%s of model %s differs from the golden file", e.getKey(), model)
                    .that(e.getValue()).isEqualTo(expected.get(e.getKey()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "m2m", "record", "accessors", "types", "nested", "classical", "tree", "queries", "packages"})
    void generatedSourcesCompileWithoutWarningsUnderXlintAll(String model) {
        List<JavaFileObject> inputs = Sources.under("models/" + model);
        Compilation first = compiled(model);
        assertThat(first).succeeded();
        List<JavaFileObject> all = new ArrayList<>(inputs);
        all.addAll(first.generatedSourceFiles());
        Compilation strict = Compiler.javac().withOptions("-proc:none", "-Xlint:all", "-Werror").compile(all);
        assertThat(strict).succeededWithoutWarnings();
    }

    /** Generated sources and resources other than class files and DDL, by path below the output root. */
    static Map<String, String> generatedFiles(Compilation compilation) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (JavaFileObject f : compilation.generatedFiles()) {
            String name = f.getName();
            if (name.endsWith(".class") || name.endsWith(".sql")) {
                continue;
            }
            String path = name.replaceFirst("^/(SOURCE_OUTPUT|CLASS_OUTPUT)/", "");
            try (InputStream in = f.openInputStream()) {
                out.put(path, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void rewrite(Path dir, Map<String, String> files) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path target = dir.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, e.getValue());
        }
        assertThat(files).isNotEmpty();
    }
}
