package dev.retort.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** An entity naming a type another processor generates is processed once that type exists. */
class DeferralTest {

    /** Writes {@code example.deferred.Mood} in the first round. */
    static final class MoodWriter extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer w = processingEnv.getFiler().createSourceFile("example.deferred.Mood").openWriter()) {
                    w.write("package example.deferred;\n\npublic enum Mood { HAPPY, SAD }\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    @Test
    void waitsForTypesOtherProcessorsGenerate() {
        RecordingProcessor retort = new RecordingProcessor();
        Compilation c = Compiler.javac().withProcessors(new MoodWriter(), retort)
                .compile(Sources.under("models/deferred"));
        assertThat(c).succeededWithoutWarnings();
        assertThat(retort.createdSources()).containsExactly("example.deferred.Person_",
                "example.deferred.Base_");
        assertThat(c).generatedSourceFile("example/deferred/Person_").contentsAsUtf8String()
                .contains("SqlTypes.<Mood>enumType(Mood.values())");
    }
}
