package io.modellab.evalharness.spark;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Which columns of a predictions {@code Dataset<Row>} hold what, for a binary classifier.
 *
 * @param id the row's key: an integral column (its value is the key) or a string column (its 64-bit hash is);
 *     the Poisson bootstrap draws each row's counts from it, so it must be unique and stable across runs
 * @param actual the actual label, read as a string and compared with the two labels
 * @param score the probability of {@code positiveLabel}, a number in [0, 1]
 * @param featureColumns the feature columns, as the single-machine path gets them in its test-feature table: the
 *     candidates for the key feature (whose top categories, or quantile buckets, are slices) and the columns whose
 *     missing cells make a row's missingness. A cell is read as its string ({@code toString()}); a null cell is
 *     missing
 * @param positiveLabel the label scored as positive
 * @param negativeLabel the other label
 */
@SuppressWarnings("serial") // List.copyOf gives a serializable list
public record PredictionColumns(String id, String actual, String score, List<String> featureColumns,
                                String positiveLabel, String negativeLabel) implements Serializable {

    /** Checks that names are given, distinct, and that the labels differ. */
    public PredictionColumns {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(positiveLabel, "positiveLabel");
        Objects.requireNonNull(negativeLabel, "negativeLabel");
        featureColumns = List.copyOf(featureColumns);
        if (positiveLabel.equals(negativeLabel)) {
            throw new IllegalArgumentException("positive and negative label are both \"" + positiveLabel + "\"");
        }
        if (new HashSet<>(featureColumns).size() != featureColumns.size()) {
            throw new IllegalArgumentException("feature columns repeat: " + featureColumns);
        }
    }

    /** The columns the first pass reads, in the order the aggregator sees them: id, actual, score, features. */
    List<String> selected() {
        return Stream.concat(Stream.of(id, actual, score), featureColumns.stream()).toList();
    }
}
