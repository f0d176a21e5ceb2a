package io.modellab.tracker.ranking;

import io.modellab.evalharness.core.data.Retriever;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * A stress test that changes the ranking system itself rather than its queries: a parameter moved away from its
 * setting (BM25's k1 or b), or a field missing from part of the documents. The system knows how to rebuild itself;
 * the evaluator only sweeps the severities.
 *
 * @param name the corruption's name in stress.json, e.g. {@code bm25_k1}
 * @param kind its kind, e.g. {@code parameter_shift} or {@code missing_field}
 * @param description what severity s does, in one sentence
 * @param atSeverity the system at severity s in [0, 1]; severity 0 must be the evaluated system
 */
public record SystemShift(String name, String kind, String description, DoubleFunction<Retriever> atSeverity) {

    /** Parameter shifts. */
    public static final String PARAMETER_SHIFT = "parameter_shift";

    /** Fields removed from documents. */
    public static final String MISSING_FIELD = "missing_field";

    /** Checks the values. */
    public SystemShift {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(atSeverity, "atSeverity");
    }
}
