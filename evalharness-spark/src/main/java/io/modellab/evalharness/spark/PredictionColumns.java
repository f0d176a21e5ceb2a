package io.modellab.evalharness.spark;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Which columns of a predictions {@code Dataset<Row>} hold what, for a binary classifier.
 *
 * @param id the row's key: an integral column (its value is the key) or a string column (its 64-bit hash is);
 *     the Poisson bootstrap draws each row's counts from it, so it must be unique and stable across runs
 * @param actual the actual label, read as a string and compared with the two labels
 * @param score the probability of {@code positiveLabel}, a number in [0, 1]
 * @param sliceColumns columns whose values define slices (each value of each column one slice, as strings; a
 *     null cell is the value "missing")
 * @param positiveLabel the label scored as positive
 * @param negativeLabel the other label
 */
@SuppressWarnings("serial") // List.copyOf gives a serializable list
public record PredictionColumns(String id, String actual, String score, List<String> sliceColumns,
                                String positiveLabel, String negativeLabel) implements Serializable {

    /** Checks that names are given, distinct, and that the labels differ. */
    public PredictionColumns {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(positiveLabel, "positiveLabel");
        Objects.requireNonNull(negativeLabel, "negativeLabel");
        sliceColumns = List.copyOf(sliceColumns);
        if (positiveLabel.equals(negativeLabel)) {
            throw new IllegalArgumentException("positive and negative label are both \"" + positiveLabel + "\"");
        }
        if (new HashSet<>(sliceColumns).size() != sliceColumns.size()) {
            throw new IllegalArgumentException("slice columns repeat: " + sliceColumns);
        }
    }

    /** The columns the evaluation reads, in the order the aggregator sees them: id, actual, score, slices. */
    List<String> selected() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(id, actual, score), sliceColumns.stream())
                .toList();
    }
}
