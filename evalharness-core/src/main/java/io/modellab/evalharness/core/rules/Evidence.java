package io.modellab.evalharness.core.rules;

import io.modellab.evalharness.core.data.Table;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Helpers the rules share: row lookup by key and short, sorted example lists. */
final class Evidence {

    /** How many example keys a message or report shows. */
    static final int EXAMPLES = 5;

    private Evidence() {
    }

    /** Row positions by row id, refusing split keys that are not rows. */
    static Map<String, Integer> positions(Table rows) {
        Map<String, Integer> byKey = new HashMap<>();
        for (int r = 0; r < rows.rowCount(); r++) {
            byKey.put(rows.rowId(r), r);
        }
        return byKey;
    }

    /** The position of {@code key}, or an error naming it. */
    static int position(Map<String, Integer> positions, String key, String part) {
        Integer r = positions.get(key);
        if (r == null) {
            throw new IllegalArgumentException("the split's " + part + " part names row key \"" + key
                    + "\", which is not among the rows given");
        }
        return r;
    }

    /** The first few values in sorted order. */
    static List<String> examples(Collection<String> values) {
        return values.stream().sorted().limit(EXAMPLES).toList();
    }

    /** {@code n} followed by the singular or plural noun. */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
