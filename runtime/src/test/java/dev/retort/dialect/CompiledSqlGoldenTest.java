package dev.retort.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.retort.exc.RetortException;
import dev.retort.sql.compile.Compiled;
import dev.retort.sql.compile.CompilerFactory;
import dev.retort.sql.compile.GenericCompilers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every statement of the {@link Catalogue}, compiled for each dialect (and for the generic SQL of
 * {@code toString()}), compared with the golden file {@code compiled-<dialect>.sql}: the exact
 * SQL text and the parameters in placeholder order. The round-trip tests run the same statements
 * on the real databases. Regenerate the goldens with {@code -Dretort.updateGoldens=true} and
 * review the diff.
 */
class CompiledSqlGoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {"generic", "derby", "h2", "sqlite", "postgresql", "mysql", "mariadb"})
    void everyStatementKindCompilesAsRecorded(String flavour) throws IOException {
        CompilerFactory compilers = flavour.equals("generic") ? GenericCompilers.INSTANCE : Dialects.byName(flavour);
        String actual = render(compilers);
        String file = "compiled-" + flavour + ".sql";
        if (Boolean.getBoolean("retort.updateGoldens")) {
            Files.writeString(Path.of("src/test/resources/dev/retort/dialect", file), actual, StandardCharsets.UTF_8);
        }
        try (InputStream in = getClass().getResourceAsStream(file)) {
            assertNotNull(in, file + " is missing; run with -Dretort.updateGoldens=true to write it");
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual,
                    "compiled SQL for " + flavour + " differs from " + file);
        }
    }

    static String render(CompilerFactory compilers) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Catalogue.Case> e : Catalogue.cases(new Fixtures()).entrySet()) {
            b.append("-- ").append(e.getKey()).append('\n');
            try {
                Compiled c = Catalogue.compile(compilers, e.getValue());
                b.append(c.sql()).append('\n');
                b.append("-- parameters: ").append(Catalogue.parameters(c)).append('\n');
            } catch (RetortException x) {
                b.append("!! ").append(x.getClass().getSimpleName()).append(": ").append(x.getMessage()).append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }
}
