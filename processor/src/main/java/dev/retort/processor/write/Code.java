package dev.retort.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link CodeBlock} assembled from long runs of literal text: names, numbers and punctuation are
 * appended as they are printed, and only types ({@code $T}, so imports come out right), string
 * literals ({@code $S}) and nested blocks are placeholders.
 *
 * <p>JavaPoet prints a block piece by piece, splitting every piece into lines, and prints each file
 * twice (once to collect its imports): a statement written as one literal with a type in it is
 * three pieces where {@code "$N.$N = ($T) $N[$N + $L]"} is a dozen. The writers' straight-line
 * code is most of what Retort generates, so this is most of what printing it costs.
 */
final class Code {
    private final StringBuilder format = new StringBuilder(128);
    private final List<Object> args = new ArrayList<>(4);

    /** Appends {@code text} as it is to be printed. */
    Code text(String text) {
        if (text.indexOf('$') < 0) {
            format.append(text);
        } else {
            format.append(text.replace("$", "$$"));
        }
        return this;
    }

    /** Appends {@code type}, imported where it can be. */
    Code type(TypeName type) {
        format.append("$T");
        args.add(type);
        return this;
    }

    /**
     * Appends {@code value} as a Java string literal: as text when it is printable ASCII without
     * quotes or backslashes (names, SQL), which is what {@code $S} prints for it too.
     */
    Code string(String value) {
        if (plain(value)) {
            format.append('"').append(value.indexOf('$') < 0 ? value : value.replace("$", "$$")).append('"');
        } else {
            format.append("$S");
            args.add(value);
        }
        return this;
    }

    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ' ' || c > '~' || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** Appends a block written elsewhere. */
    Code code(CodeBlock block) {
        format.append("$L");
        args.add(block);
        return this;
    }

    /** Appends what {@code other} holds, as if it had been written here. */
    Code code(Code other) {
        format.append(other.format);
        args.addAll(other.args);
        return this;
    }

    /** Indents the lines that follow by one more level. */
    Code indent() {
        format.append("$>");
        return this;
    }

    /** Indents the lines that follow by one level less. */
    Code unindent() {
        format.append("$<");
        return this;
    }

    CodeBlock build() {
        return CodeBlock.of(format.toString(), args.toArray());
    }
}
