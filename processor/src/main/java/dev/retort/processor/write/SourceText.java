package dev.retort.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Prints one generated file from {@link Code}: the package, the imports, then the code, with the
 * layout and import rules of JavaPoet's {@code JavaFile} (four-space indentation, a type imported
 * unless its simple name is taken by another imported or same-package type or by a type the file
 * declares, {@code java.lang} used unimported, method signatures wrapped past 100 columns).
 *
 * <p>JavaPoet finds the imports by printing the whole file once into nothing and then prints it
 * again; here a first pass walks only the types in the code, and the text is printed once.
 */
final class SourceText {
    private static final int COLUMN_LIMIT = 100;
    private static final String INDENT = "    ";

    private final String packageName;
    private final ClassName top;
    private final Set<String> nested;
    private final Map<String, ClassName> importable = new LinkedHashMap<>();
    private final Set<String> referenced = new HashSet<>();
    private Map<String, ClassName> imported = Map.of();
    /** How each class is written, by canonical name: a {@code TypeName}'s hash code prints it. */
    private final Map<String, String> names = new HashMap<>();

    // printing state, as in JavaPoet's CodeWriter and LineWrapper
    private final StringBuilder out = new StringBuilder(16_384);
    private final StringBuilder buffer = new StringBuilder();
    private int indentLevel;
    private boolean javadoc;
    private boolean trailingNewline = true;
    private int statementLine = -1;
    private int column;
    private int wrapIndent = -1;
    private char pendingSpace; // 0: no pending break; ' ': a wrapping space; 'z': a zero-width one

    /**
     * @param top the file's top-level class
     * @param nested the simple names of the classes nested in it, which take precedence over imports
     */
    private SourceText(ClassName top, Set<String> nested) {
        this.packageName = top.packageName();
        this.top = top;
        this.nested = nested;
    }

    /** The text of the file declaring {@code top} (with {@code nested} inside) as {@code code}. */
    static String file(ClassName top, Set<String> nested, Code code) {
        SourceText s = new SourceText(top, nested);
        s.collect(code);
        Map<String, ClassName> imports = new LinkedHashMap<>(s.importable);
        imports.keySet().removeAll(s.referenced);
        s.imported = imports;
        s.names.clear();
        if (!s.packageName.isEmpty()) {
            s.emit("package " + s.packageName + ";\n\n");
        }
        int count = 0;
        for (ClassName c : new TreeSet<>(imports.values())) {
            if (!c.packageName().equals("java.lang")) {
                s.emit("import " + c.canonicalName() + ";\n");
                count++;
            }
        }
        if (count > 0) {
            s.emit("\n");
        }
        s.print(code);
        s.flushPending(false);
        return s.out.toString();
    }

    /** The first pass: which types can be imported. */
    private void collect(Code code) {
        StringBuilder f = code.format;
        List<Object> args = code.args;
        int a = 0;
        boolean doc = false;
        for (int i = 0; i < f.length(); i++) {
            if (f.charAt(i) != '$') {
                continue;
            }
            char m = f.charAt(++i);
            if (m == 'T') {
                collect((TypeName) args.get(a++), doc);
            } else if (m == 'S') {
                a++;
            } else if (m == '(') {
                doc = true;
            } else if (m == ')') {
                doc = false;
            }
        }
    }

    private void collect(TypeName t, boolean doc) {
        if (t instanceof ClassName c) {
            lookup(c, doc);
        } else if (t instanceof ParameterizedTypeName p) {
            if (p.enclosingType() != null) {
                collect(p.enclosingType(), doc);
            } else {
                lookup(p.rawType(), doc);
            }
            p.typeArguments().forEach(x -> collect(x, doc));
        } else if (t instanceof ArrayTypeName arr) {
            collect(arr.componentType(), doc);
        } else if (t instanceof WildcardTypeName w) {
            w.upperBounds().forEach(x -> collect(x, doc));
            w.lowerBounds().forEach(x -> collect(x, doc));
        }
    }

    /** How {@code c} is written here: JavaPoet's {@code CodeWriter.lookupName}. */
    private String lookup(ClassName c, boolean doc) {
        String known = doc ? null : names.get(c.canonicalName());
        if (known != null) {
            return known;
        }
        String name = resolveName(c, doc);
        if (!doc) {
            names.put(c.canonicalName(), name);
        }
        return name;
    }

    private String resolveName(ClassName className, boolean doc) {
        boolean resolvedOther = false;
        for (ClassName c = className; c != null; c = c.enclosingClassName()) {
            ClassName resolved = resolve(c.simpleName());
            resolvedOther = resolved != null;
            if (resolved != null && resolved.canonicalName().equals(c.canonicalName())) {
                List<String> simple = className.simpleNames();
                return String.join(".", simple.subList(c.simpleNames().size() - 1, simple.size()));
            }
        }
        if (resolvedOther) {
            return className.canonicalName();
        }
        if (packageName.equals(className.packageName())) {
            referenced.add(className.topLevelClassName().simpleName());
            return String.join(".", className.simpleNames());
        }
        if (!doc && !className.packageName().isEmpty()) {
            ClassName topLevel = className.topLevelClassName();
            importable.putIfAbsent(topLevel.simpleName(), topLevel);
        }
        return className.canonicalName();
    }

    private ClassName resolve(String simpleName) {
        if (nested.contains(simpleName)) {
            return top.nestedClass(simpleName);
        }
        if (top.simpleName().equals(simpleName)) {
            return top;
        }
        return imported.get(simpleName);
    }

    private String typeName(TypeName t) {
        if (t instanceof ClassName c) {
            return lookup(c, javadoc);
        }
        if (t instanceof ParameterizedTypeName p) {
            StringBuilder b = new StringBuilder();
            b.append(p.enclosingType() != null ? typeName(p.enclosingType()) + "." + p.rawType().simpleName()
                    : lookup(p.rawType(), javadoc));
            if (!p.typeArguments().isEmpty()) {
                b.append('<');
                String separator = "";
                for (TypeName arg : p.typeArguments()) {
                    b.append(separator).append(typeName(arg));
                    separator = ", ";
                }
                b.append('>');
            }
            return b.toString();
        }
        if (t instanceof ArrayTypeName arr) {
            return typeName(arr.componentType()) + "[]";
        }
        if (t instanceof WildcardTypeName w) {
            if (w.lowerBounds().size() == 1) {
                return "? super " + typeName(w.lowerBounds().get(0));
            }
            return w.upperBounds().get(0).equals(ClassName.OBJECT) ? "?" : "? extends " + typeName(w.upperBounds().get(0));
        }
        if (t instanceof TypeVariableName v) {
            return v.name();
        }
        return t.toString();
    }

    /** The second pass: the text. */
    private void print(Code code) {
        StringBuilder f = code.format;
        List<Object> args = code.args;
        int a = 0;
        int start = 0;
        for (int i = 0; i < f.length(); i++) {
            if (f.charAt(i) != '$') {
                continue;
            }
            if (i > start) {
                emit(f.substring(start, i));
            }
            char m = f.charAt(++i);
            start = i + 1;
            switch (m) {
                case '$' -> emit("$");
                case 'T' -> emit(typeName((TypeName) args.get(a++)));
                case 'S' -> emit(stringLiteral((String) args.get(a++)));
                case '>' -> indentLevel++;
                case '<' -> indentLevel--;
                case '[' -> statementLine = 0;
                case ']' -> {
                    if (statementLine > 0) {
                        indentLevel -= 2;
                    }
                    statementLine = -1;
                }
                case '(' -> {
                    emit("/**\n");
                    javadoc = true;
                }
                case ')' -> {
                    endLine();
                    javadoc = false;
                    emit(" */\n");
                }
                case '|' -> endLine();
                case 'W' -> breakable(' ');
                case 'Z' -> breakable('z');
                default -> throw new IllegalStateException("unknown marker $" + m);
            }
        }
        if (start < f.length()) {
            emit(f.substring(start));
        }
    }

    private void endLine() {
        if (lastChar() != '\n') {
            emit("\n");
        }
    }

    private char lastChar() {
        if (buffer.length() > 0) {
            return buffer.charAt(buffer.length() - 1);
        }
        return out.length() == 0 ? 0 : out.charAt(out.length() - 1);
    }

    /** Text with line breaks: indents each line that is not empty ({@code CodeWriter.emitAndIndent}). */
    private void emit(String s) {
        int from = 0;
        boolean first = true;
        while (true) {
            int nl = s.indexOf('\n', from);
            String line = nl < 0 ? s.substring(from) : s.substring(from, nl);
            if (!first) {
                if (javadoc && trailingNewline) {
                    indentation();
                    append(" *");
                }
                append("\n");
                trailingNewline = true;
                if (statementLine != -1) {
                    if (statementLine == 0) {
                        indentLevel += 2;
                    }
                    statementLine++;
                }
            }
            first = false;
            if (!line.isEmpty()) {
                if (trailingNewline) {
                    indentation();
                    if (javadoc) {
                        append(" * ");
                    }
                }
                append(line);
                trailingNewline = false;
            }
            if (nl < 0) {
                return;
            }
            from = nl + 1;
        }
    }

    private void indentation() {
        for (int i = 0; i < indentLevel; i++) {
            append(INDENT);
        }
    }

    /** JavaPoet's {@code LineWrapper}: text after a breakable space waits until it is known to fit. */
    private void append(String s) {
        if (pendingSpace != 0) {
            int nl = s.indexOf('\n');
            if (nl == -1 && column + s.length() <= COLUMN_LIMIT) {
                buffer.append(s);
                column += s.length();
                return;
            }
            flushPending(nl == -1 || column + nl > COLUMN_LIMIT);
        }
        out.append(s);
        int last = s.lastIndexOf('\n');
        column = last != -1 ? s.length() - last - 1 : column + s.length();
    }

    private void breakable(char kind) {
        if (kind == 'z' && column == 0) {
            return;
        }
        flushPending(false);
        if (kind == ' ') {
            column++;
        }
        pendingSpace = kind;
        wrapIndent = indentLevel + 2;
    }

    private void flushPending(boolean wrap) {
        if (pendingSpace == 0) {
            return;
        }
        if (wrap) {
            out.append('\n');
            for (int i = 0; i < wrapIndent; i++) {
                out.append(INDENT);
            }
            column = wrapIndent * INDENT.length() + buffer.length();
        } else if (pendingSpace == ' ') {
            out.append(' ');
        }
        out.append(buffer);
        buffer.setLength(0);
        pendingSpace = 0;
        wrapIndent = -1;
    }

    /** {@code value} as a Java string literal, one concatenated piece a line after each line break. */
    private static String stringLiteral(String value) {
        StringBuilder b = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\b' -> b.append("\\b");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\f' -> b.append("\\f");
                case '\r' -> b.append("\\r");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (Character.isISOControl(c)) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
            if (c == '\n' && i + 1 < value.length()) {
                b.append("\"\n").append(INDENT).append(INDENT).append("+ \"");
            }
        }
        return b.append('"').toString();
    }
}
