package dev.retort.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every model in one compilation (several declarative bases in one build), compiled with the
 * sources in three different orders: every generated source and resource is byte-identical.
 */
class DeterminismTest {
    private static final String[] MODELS = {
        "seed", "m2m", "record", "accessors", "types", "nested", "classical", "tree", "queries"};

    @Test
    void inputOrderDoesNotChangeAnyGeneratedByte() throws IOException {
        List<JavaFileObject> inputs = new ArrayList<>();
        for (String m : MODELS) {
            inputs.addAll(Sources.under("models/" + m));
        }
        Map<String, byte[]> first = generated(inputs);
        List<JavaFileObject> reversed = new ArrayList<>(inputs);
        Collections.reverse(reversed);
        List<JavaFileObject> shuffled = new ArrayList<>(inputs);
        Collections.shuffle(shuffled, new Random(42));
        for (List<JavaFileObject> order : List.of(reversed, shuffled)) {
            Map<String, byte[]> other = generated(order);
            assertThat(other.keySet()).containsExactlyElementsIn(first.keySet()).inOrder();
            for (String name : first.keySet()) {
                assertWithMessage(name).that(other.get(name)).isEqualTo(first.get(name));
            }
        }
        assertThat(new String(first.get("/CLASS_OUTPUT/META-INF/services/dev.retort.orm.mapping.MappedBase"),
                java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(String.join("\n",
                        "example.accessors.Base_", "example.classical.Base_", "example.m2m.Base_",
                        "example.nested.Base_", "example.queries.Base_", "example.record.Base_", "example.seed.Base_",
                        "example.tree.Base_", "example.types.Base_") + "\n");
    }

    private static Map<String, byte[]> generated(List<JavaFileObject> inputs) throws IOException {
        Compilation c = Sources.compile(inputs);
        assertThat(c).succeededWithoutWarnings();
        Map<String, byte[]> out = new TreeMap<>();
        for (JavaFileObject f : c.generatedFiles()) {
            if (!f.getName().endsWith(".class")) {
                try (InputStream in = f.openInputStream()) {
                    out.put(f.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }
}
