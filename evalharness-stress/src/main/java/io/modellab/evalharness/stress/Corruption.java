package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.schema.StressCorruption;

/**
 * A seeded way to make rows worse, by a severity between 0 and 1.
 *
 * <p>Implementations never change the rows they are given; they return a corrupted copy. The same rows, severity
 * and seed give the same copy. Severity 0 returns rows equal to the input. For the same seed, a higher severity
 * touches a superset of the cells a lower one touches, so a sweep's curve shows more of one corruption rather than
 * a fresh draw at each step.
 */
public interface Corruption {

    /** What it does, as stress.json records it; its name is unique within a sweep. */
    StressCorruption describe();

    /** The name rows of the degradation table refer to. */
    default String name() {
        return describe().name();
    }

    /**
     * Corrupts a copy of {@code rows}.
     *
     * @param rows the clean rows, left unchanged
     * @param severity in [0, 1]; what it measures is in {@link #describe()}
     * @param seed the corruption's seed
     */
    Corrupted apply(LabelledRows rows, double severity, long seed);

    /**
     * A corrupted copy.
     *
     * @param rows the corrupted rows (same ids, same order)
     * @param touched how many cells (or labels) were changed or reassigned
     */
    record Corrupted(LabelledRows rows, int touched) {
    }
}
