package dev.retort.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.android.tools.r8.CompilationMode;
import com.android.tools.r8.D8;
import com.android.tools.r8.D8Command;
import com.android.tools.r8.Diagnostic;
import com.android.tools.r8.DiagnosticsHandler;
import com.android.tools.r8.OutputMode;
import dev.retort.annotations.Table;
import dev.retort.engine.Engine;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dexes this sample app — its entities, the classes the processor generated for them, and the
 * tutorials — together with retort-runtime and retort-annotations, with D8 (Android's dexer, from
 * {@code com.android.tools:r8}) at {@code --min-api 26}, as an Android build would.
 *
 * <p>What this checks: every class converts to DEX for Android 8.0 with no warning and no error,
 * which includes D8's desugaring of Java 17 bytecode (lambdas, string concatenation, nest-based
 * access, records) for that API level; and no reference to {@code java.lang.Record}, which
 * Android 8 lacks, survives desugaring. What it cannot check without an Android SDK: D8 is given
 * the JDK as its library, not {@code android.jar}, so it does not know which Java APIs Android
 * has — animal-sniffer does that, against the {@code gummy-bears-api-26} signature, in retort-runtime
 * and integration-tests — and nothing here runs the code on an Android device or emulator.
 */
class AndroidDexTest {

    @Test
    void runtimeAnnotationsAndGeneratedCodeDexForAndroid8WithoutWarnings(@TempDir Path out) throws Exception {
        Path runtime = location(Engine.class);
        Path annotations = location(Table.class);
        Path app = location(Demo.class);
        assertTrue(Files.exists(app.resolve("dev/retort/examples/orm/User_.class")),
                "the sample app's generated classes are compiled: " + app);

        Set<Path> program = new LinkedHashSet<>(List.of(runtime, annotations, app));
        List<Path> classpath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Paths.get(entry).toAbsolutePath().normalize();
            if (!program.contains(p) && Files.exists(p)) {
                classpath.add(p);
            }
        }

        List<String> diagnostics = new ArrayList<>();
        DiagnosticsHandler handler = new DiagnosticsHandler() {
            @Override
            public void error(Diagnostic d) {
                diagnostics.add("error: " + d.getDiagnosticMessage());
            }

            @Override
            public void warning(Diagnostic d) {
                diagnostics.add("warning: " + d.getDiagnosticMessage());
            }

            @Override
            public void info(Diagnostic d) {
                // informational only
            }
        };
        D8Command command = D8Command.builder(handler)
                .addProgramFiles(classFiles(program))
                .addClasspathFiles(classpath)
                .addLibraryFiles(Paths.get(System.getProperty("java.home")))
                .setMinApiLevel(26)
                .setMode(CompilationMode.RELEASE)
                .setOutput(out, OutputMode.DexIndexed)
                .build();
        D8.run(command);

        assertEquals(List.of(), diagnostics, "D8 at --min-api 26 reports nothing");
        Path dex = out.resolve("classes.dex");
        assertTrue(Files.size(dex) > 100_000, "a dex with the runtime in it: " + Files.size(dex));
        String dexText = new String(Files.readAllBytes(dex), StandardCharsets.ISO_8859_1);
        assertTrue(dexText.contains("Ldev/retort/examples/orm/User_;"), "the generated metamodel is in the dex");
        assertTrue(dexText.contains("Ldev/retort/engine/Engine;"), "the runtime is in the dex");
        assertFalse(dexText.contains("Ljava/lang/Record;"), "records are desugared for API 26");
    }

    /** The class files under the given directories (or the jars themselves). */
    private static List<Path> classFiles(Set<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    s.filter(p -> p.toString().endsWith(".class")).sorted().forEach(files::add);
                }
            } else {
                files.add(root);
            }
        }
        return files;
    }

    private static Path location(Class<?> type) throws Exception {
        return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath().normalize();
    }
}
