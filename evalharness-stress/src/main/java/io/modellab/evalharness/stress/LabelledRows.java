package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.data.Table;
import java.util.List;
import java.util.Objects;

/**
 * Rows with their labels: the features a model sees and the labels its predictions are scored against.
 *
 * @param features the feature columns (no target), with row ids
 * @param labels one label per row, in row order
 */
public record LabelledRows(Table features, List<String> labels) {

    /** Checks that there is one label per row and copies the labels. */
    public LabelledRows {
        Objects.requireNonNull(features, "features");
        labels = List.copyOf(labels);
        if (labels.size() != features.rowCount()) {
            throw new IllegalArgumentException(features.rowCount() + " rows but " + labels.size() + " labels");
        }
    }

    /** Number of rows. */
    public int size() {
        return labels.size();
    }

    /** The given rows, in the given order, with their labels. */
    public LabelledRows rows(int[] positions) {
        String[] picked = new String[positions.length];
        for (int i = 0; i < positions.length; i++) {
            picked[i] = labels.get(positions[i]);
        }
        return new LabelledRows(features.rows(positions), List.of(picked));
    }

    /** These labels with other features (same rows, same order). */
    LabelledRows withFeatures(Table corrupted) {
        return new LabelledRows(corrupted, labels);
    }
}
