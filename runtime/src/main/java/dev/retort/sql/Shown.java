package dev.retort.sql;

/**
 * How error messages show text that came from the caller: in single quotes, control characters
 * escaped ({@code \u0000}), cut after 80 characters with the full length given, so a hostile or
 * huge argument can neither break the message's lines nor flood a log.
 */
public final class Shown {
    private static final int LIMIT = 80;

    private Shown() {}

    /** {@code text} quoted for a message: {@code 'a\u0000b'}, {@code 'xxxx...' (102400 characters)}. */
    public static String text(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(Math.min(text.length(), LIMIT) + 16).append('\'');
        int n = Math.min(text.length(), LIMIT);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('\'');
        if (text.length() > LIMIT) {
            b.insert(b.length() - 1, "...").append(" (").append(text.length()).append(" characters)");
        }
        return b.toString();
    }
}
