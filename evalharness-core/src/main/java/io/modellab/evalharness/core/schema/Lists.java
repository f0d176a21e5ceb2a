package io.modellab.evalharness.core.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Defensive copies for record components that tolerate {@code null}: a record read from a bad file must still
 * be built, so that validation can name the bad element ({@code List.copyOf} would throw instead).
 */
final class Lists {

    private Lists() {
    }

    /** An unmodifiable copy, {@code null} for {@code null}; elements may be {@code null}. */
    static <T> List<T> copyOf(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
