package dev.retort.processor.write;

import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated source under construction: long runs of literal text (names, numbers, punctuation,
 * appended as they are printed) and, between them, the few things that need a decision when the
 * file is printed: types (imported where they can be), string literals that need escaping, nested
 * pieces, indentation, Javadoc and the places a long method signature may wrap. {@link SourceText}
 * prints a whole file of it in one pass after choosing its imports.
 *
 * <p>The pieces are kept as a format string with {@code $}-markers and a list of arguments, the
 * representation JavaPoet's {@code CodeBlock} uses; the printed text is the same as JavaPoet
 * printed it, without JavaPoet's cost of printing every file twice, piece by piece.
 */
final class Code {
    final StringBuilder format = new StringBuilder(128);
    final List<Object> args = new ArrayList<>(4);

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
     * quotes or backslashes (names, SQL), else escaped when printed.
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

    /** {@code body} and a semicolon as one statement: its second and later lines indented twice more. */
    Code statement(Code body) {
        format.append("$[");
        code(body);
        format.append(";\n$]");
        return this;
    }

    /** A Javadoc comment of {@code doc}; types in it are not imported for it. */
    Code javadoc(Code doc) {
        format.append("$(");
        code(doc);
        format.append("$)");
        return this;
    }

    /** A space where a line that would pass 100 columns breaks instead (indented twice more). */
    Code wrappingSpace() {
        format.append("$W");
        return this;
    }

    /** Like {@link #wrappingSpace()}, but prints nothing when the line does not break. */
    Code zeroWidthSpace() {
        format.append("$Z");
        return this;
    }

    /** A line break unless the text so far ends with one. */
    Code endLine() {
        format.append("$|");
        return this;
    }
}
