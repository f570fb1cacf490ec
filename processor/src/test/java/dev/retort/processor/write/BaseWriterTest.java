package dev.retort.processor.write;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The entity list in {@code Base_} splits where one class-file constant would overflow. */
class BaseWriterTest {
    @Test
    void namesFitInOneStringUnderTheLimit() {
        assertThat(BaseWriter.entityLines(List.of("a.B", "a.C"), 100)).containsExactly("a.B\na.C\n");
    }

    @Test
    void noNamesAreOneEmptyString() {
        assertThat(BaseWriter.entityLines(List.of(), 100)).containsExactly("");
    }

    @Test
    void aListOverTheLimitContinuesInTheNextString() {
        // "a.B\n" is 4 bytes: two fit in 8, the third starts a new string
        assertThat(BaseWriter.entityLines(List.of("a.B", "a.C", "a.D"), 8)).containsExactly("a.B\na.C\n", "a.D\n");
    }

    @Test
    void aNameLongerThanTheLimitGetsAStringOfItsOwn() {
        assertThat(BaseWriter.entityLines(List.of("a.B", "x.VeryLongName", "a.C"), 6))
                .containsExactly("a.B\n", "x.VeryLongName\n", "a.C\n");
    }
}
