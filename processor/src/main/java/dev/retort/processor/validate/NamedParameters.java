package dev.retort.processor.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A named query's SQL with its {@code :name} parameters found, following the rule the runtime's
 * {@code TextClause} applies ({@code :word}, not after another colon, a word character or a
 * backslash, not before a colon) but also skipping string literals, quoted identifiers and
 * comments.
 *
 * @param jdbcSql the SQL with {@code ?} placeholders
 * @param text the SQL for {@code TextClause}: colons in literals and comments escaped as {@code \:}
 * @param names the parameter names in order of first appearance
 * @param placeholders for each {@code ?}, the index of its name in {@code names}
 * @param tokens the SQL's words, operators and parameters ({@code :name}), for type inference
 */
record NamedParameters(String jdbcSql, String text, List<String> names, List<Integer> placeholders,
        List<String> tokens) {

    static NamedParameters parse(String sql) {
        StringBuilder jdbc = new StringBuilder(sql.length());
        StringBuilder text = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        List<Integer> placeholders = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int end;
            if (c == '\'' || c == '"') {
                end = i + 1;
                while (end < n) {
                    if (sql.charAt(end) == c) {
                        if (end + 1 < n && sql.charAt(end + 1) == c) {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                end = Math.min(end + 1, n);
                String quoted = sql.substring(i, end);
                tokens.add(c == '"' ? quoted : "'");
                verbatim(jdbc, text, quoted);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                verbatim(jdbc, text, sql.substring(i, end));
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                verbatim(jdbc, text, sql.substring(i, end));
            } else if (c == ':' && isParameter(sql, i)) {
                end = i + 1;
                while (end < n && isWord(sql.charAt(end))) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                int index = names.indexOf(name);
                if (index < 0) {
                    names.add(name);
                    index = names.size() - 1;
                }
                placeholders.add(index);
                tokens.add(":" + name);
                jdbc.append('?');
                text.append(sql, i, end);
            } else if (isWord(c)) {
                end = i;
                while (end < n && (isWord(sql.charAt(end)) || sql.charAt(end) == '.'
                        || sql.charAt(end) == '"')) {
                    end++;
                }
                tokens.add(sql.substring(i, end));
                jdbc.append(sql, i, end);
                text.append(sql, i, end);
            } else {
                end = i + 1;
                if ((c == '<' || c == '>' || c == '!') && end < n && (sql.charAt(end) == '=' || sql.charAt(end) == '>')) {
                    end++;
                }
                String op = sql.substring(i, end);
                if (!Character.isWhitespace(c)) {
                    tokens.add(op);
                }
                jdbc.append(op);
                text.append(op);
            }
            i = end;
        }
        return new NamedParameters(jdbc.toString(), text.toString(), List.copyOf(names), List.copyOf(placeholders),
                List.copyOf(tokens));
    }

    private static void verbatim(StringBuilder jdbc, StringBuilder text, String s) {
        jdbc.append(s);
        text.append(s.replace(":", "\\:"));
    }

    private static boolean isWord(char c) {
        return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
    }

    private static boolean isParameter(String sql, int i) {
        if (i + 1 >= sql.length() || !isWord(sql.charAt(i + 1))) {
            return false;
        }
        if (i > 0) {
            char before = sql.charAt(i - 1);
            if (before == ':' || before == '\\' || isWord(before)) {
                return false;
            }
        }
        int end = i + 1;
        while (end < sql.length() && isWord(sql.charAt(end))) {
            end++;
        }
        return end >= sql.length() || sql.charAt(end) != ':';
    }

    /** The statement's first keyword in upper case ({@code SELECT}), skipping parentheses and comments. */
    String firstKeyword() {
        for (String t : tokens) {
            if (!t.equals("(")) {
                return t.toUpperCase(Locale.ROOT);
            }
        }
        return "";
    }
}
