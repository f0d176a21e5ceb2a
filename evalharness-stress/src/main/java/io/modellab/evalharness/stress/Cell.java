package io.modellab.evalharness.stress;

/**
 * One row of the degradation table before its intervals: the clean and the corrupted predictions of the same rows,
 * in the same order, which is what makes the bootstrap of their difference paired.
 *
 * @param corruption the corruption's name (for permutation importance, the shuffled column)
 * @param severity the severity
 * @param touched cells, labels or training rows the corruption changed
 * @param clean the predictions on the clean rows
 * @param corrupted the predictions on the corrupted rows
 */
record Cell(String corruption, double severity, int touched, ScoredRows clean, ScoredRows corrupted) {

    Cell {
        if (clean.size() != corrupted.size()) {
            throw new IllegalArgumentException(corruption + " at " + severity + ": " + clean.size()
                    + " clean rows but " + corrupted.size() + " corrupted rows");
        }
    }

    /** Whether the corruption changed no score and no label, so every paired difference is exactly 0. */
    boolean unchanged() {
        return clean.sameAs(corrupted);
    }
}
