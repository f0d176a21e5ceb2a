package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.data.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The corruptions a stress sweep runs unless told otherwise: spec 4.4.1's three, and 4.4.2's noise, for tables; a
 * regression's have no label noise.
 */
public final class StandardCorruptions {

    private StandardCorruptions() {
    }

    /**
     * Missing values across every feature column, label noise between the task's two labels, shuffling of
     * {@code shuffleColumn}, Gaussian noise on the numeric columns (when there are any) and a category swap on the
     * categorical ones (when there are any).
     *
     * @param features the test rows' features, whose columns are classified numeric or categorical
     * @param task the task whose labels the label noise swaps
     * @param shuffleColumn the column to shuffle, e.g. the one permutation importance ranks first
     */
    public static List<Corruption> of(Table features, BinaryTask task, String shuffleColumn) {
        List<Corruption> out = new ArrayList<>(ofFeatures(features, shuffleColumn));
        out.add(1, LabelNoise.among(task.labels()));
        return out;
    }

    /**
     * The corruptions of the features alone, for any task: missing values across every feature column, shuffling of
     * {@code shuffleColumn}, Gaussian noise on the numeric columns (when there are any) and a category swap on the
     * categorical ones (when there are any).
     */
    public static List<Corruption> ofFeatures(Table features, String shuffleColumn) {
        List<Corruption> out = new ArrayList<>();
        out.add(MissingValues.acrossColumns(features.columnNames()));
        out.add(new ShuffleColumn(shuffleColumn));
        List<String> numeric = ColumnKinds.numeric(features);
        if (!numeric.isEmpty()) {
            out.add(GaussianNoise.onColumns(numeric));
        }
        List<String> categorical = ColumnKinds.categorical(features);
        if (!categorical.isEmpty()) {
            out.add(CategorySwap.onColumns(categorical));
        }
        return out;
    }
}
