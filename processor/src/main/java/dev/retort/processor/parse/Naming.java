package dev.retort.processor.parse;

import java.util.Locale;

/** Default names: Java identifiers in snake_case, as the database sees them. */
public final class Naming {
    private Naming() {}

    /**
     * {@code emailAddress} → {@code email_address}, {@code OrderLine} → {@code order_line},
     * {@code HTTPServer} → {@code http_server}, {@code userID} → {@code user_id},
     * {@code address2} → {@code address2}.
     */
    public static String snakeCase(String name) {
        StringBuilder b = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && (Character.isLowerCase(name.charAt(i - 1))
                        || Character.isDigit(name.charAt(i - 1)));
                boolean acronymEnd = i > 0 && Character.isUpperCase(name.charAt(i - 1))
                        && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if ((afterLower || acronymEnd) && b.length() > 0 && b.charAt(b.length() - 1) != '_') {
                    b.append('_');
                }
                b.append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code name} with its first letter in upper case: {@code email} → {@code Email}. */
    public static String capitalize(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** A constant name for an attribute: {@code emailAddress} → {@code EMAIL_ADDRESS}. */
    public static String constantCase(String name) {
        return snakeCase(name).toUpperCase(Locale.ROOT);
    }
}
