package io.modellab.evalharness.core.rules;

import io.modellab.evalharness.core.data.Cells;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Helpers the rules share: row lookup by key and short, sorted example lists. */
final class Evidence {

    /** How many example keys a message or report shows. */
    static final int EXAMPLES = 5;

    private Evidence() {
    }

    /** Numbers in numeric order, then other text in text order: row keys read 9 before 10. */
    static final Comparator<String> NATURAL = Comparator
            .comparing((String s) -> Cells.finiteNumber(s), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Comparator.naturalOrder());

    /** The first few values in natural order. */
    static List<String> examples(Collection<String> values) {
        return values.stream().sorted(NATURAL).limit(EXAMPLES).toList();
    }

    /** {@code n} followed by the singular or plural noun. */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
