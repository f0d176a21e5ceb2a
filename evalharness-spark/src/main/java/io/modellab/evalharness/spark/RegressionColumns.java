package io.modellab.evalharness.spark;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Which columns of a predictions {@code Dataset<Row>} hold what, for a regressor.
 *
 * @param id the row's key: an integral column (its value is the key) or a string column (its 64-bit hash is); the
 *     Poisson bootstrap draws each row's counts, and the scatter plots their sample, from it, so it must be unique and
 *     stable across runs
 * @param actual the target, a numeric column (its name is the target's name in takeaway.txt and repro.md)
 * @param predicted the prediction, a numeric column
 * @param featureColumns the feature columns, as the single-machine path gets them in its test-feature table: the
 *     candidates for the key feature and the columns whose missing (null) cells make a row's missingness. A cell is
 *     read as its string ({@code toString()})
 */
@SuppressWarnings("serial") // List.copyOf gives a serializable list
public record RegressionColumns(String id, String actual, String predicted, List<String> featureColumns)
        implements Serializable {

    /** Checks that names are given and distinct. */
    public RegressionColumns {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(predicted, "predicted");
        featureColumns = List.copyOf(featureColumns);
        if (new HashSet<>(Stream.concat(Stream.of(id, actual, predicted), featureColumns.stream()).toList()).size()
                != featureColumns.size() + 3) {
            throw new IllegalArgumentException("columns repeat: id " + id + ", actual " + actual + ", predicted "
                    + predicted + ", features " + featureColumns);
        }
    }

    /** The columns every pass reads, in the order the aggregators see them: id, actual, predicted, features. */
    List<String> selected() {
        return Stream.concat(Stream.of(id, actual, predicted), featureColumns.stream()).toList();
    }
}
