package dev.retort.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** Test sources under {@code src/test/resources} and compiling them with the processor. */
final class Sources {
    private Sources() {}

    /** The directory of a test resource. */
    static Path resourceDir(String name) {
        URL url = Sources.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("No test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every {@code .java} file under resource directory {@code dir}, sorted by path. */
    static List<JavaFileObject> under(String dir) {
        Path root = resourceDir(dir);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted()
                    .map(p -> JavaFileObjects.forResource(dir + "/" + root.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One resource file as a source. */
    static JavaFileObject file(String resource) {
        return JavaFileObjects.forResource(resource);
    }

    /** javac with the processor. */
    static Compiler javac(String... options) {
        return Compiler.javac().withProcessors(new RetortProcessor()).withOptions((Object[]) options);
    }

    /** Compiles with the processor. */
    static Compilation compile(List<JavaFileObject> sources, String... options) {
        return javac(options).compile(sources);
    }
}
