package io.modellab.evalharness.core;

import java.util.regex.Pattern;

/**
 * Checks names that become path segments under the artifacts root (projects, datasets, runs, plots).
 *
 * <p>A safe name is 1 to 100 characters of ASCII letters, digits, {@code .}, {@code _} and {@code -},
 * starts with a letter or digit, and contains no {@code ..}: so it can hold no separator, no control
 * character and no way out of its parent folder.
 */
public final class Names {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private Names() {
    }

    /**
     * Returns {@code name} when it is safe as a single path segment.
     *
     * @param what what the name names ("project", "run id"...), for the error message
     * @param name the candidate name
     * @return the same name
     * @throws IllegalArgumentException naming {@code what}, the rejected value and what was expected
     */
    public static String requireSafe(String what, String name) {
        if (!isSafe(name)) {
            throw new IllegalArgumentException(what + " name " + quote(name)
                    + " is not allowed: expected 1-100 characters of letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit, with no '..'");
        }
        return name;
    }

    /** Returns whether {@code name} would pass {@link #requireSafe}. */
    public static boolean isSafe(String name) {
        return name != null && SAFE.matcher(name).matches() && !name.contains("..");
    }

    private static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
