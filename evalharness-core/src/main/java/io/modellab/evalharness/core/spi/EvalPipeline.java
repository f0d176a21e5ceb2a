package io.modellab.evalharness.core.spi;

import io.modellab.evalharness.core.data.Predictor;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.rules.FitRecord;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A user's own binary classifier, as the harness (and {@code mvn modellab:eval}) runs it: given every row and the
 * harness's split, fit on the train rows and score the test rows. The harness owns the split, so the leakage rules
 * can check it; the pipeline reports what each fitted step saw ({@link FitRecord}), so they can check that too — a
 * scaler fitted on all rows fails the run.
 *
 * <p>Implementations need a public no-argument constructor when the Maven plugin loads them by class name from the
 * project's classpath.
 */
public interface EvalPipeline {

    /** The model's name as runs show it, e.g. {@code gradient_boosting}: letters, digits, {@code _ . -}. */
    String name();

    /** Fits on {@code input}'s train rows and scores its test rows. */
    Scored fitAndScore(Input input);

    /**
     * What the model is, for its model card. Pipelines that do not override it get cards that say "not described"
     * rather than a guess.
     */
    default ModelDescription describe() {
        return ModelDescription.UNKNOWN;
    }

    /**
     * What a pipeline gets.
     *
     * @param rows every row's features (the target column removed), with row ids
     * @param labels every row's label, in the order of {@code rows}
     * @param train positions of the train rows in {@code rows}
     * @param test positions of the test rows in {@code rows}
     * @param positiveLabel the label to score
     * @param seed the run's seed; a pipeline that draws random numbers draws them from it
     */
    record Input(Table rows, String[] labels, int[] train, int[] test, String positiveLabel, long seed) {
        /** Checks that the pieces fit together. */
        public Input {
            Objects.requireNonNull(rows, "rows");
            if (labels.length != rows.rowCount()) {
                throw new IllegalArgumentException(rows.rowCount() + " rows but " + labels.length + " labels");
            }
        }

        /** The train rows' features. */
        public Table trainRows() {
            return rows.rows(train);
        }

        /** The train rows' labels. */
        public String[] trainLabels() {
            String[] out = new String[train.length];
            for (int i = 0; i < train.length; i++) {
                out[i] = labels[train[i]];
            }
            return out;
        }

        /** The test rows' features. */
        public Table testRows() {
            return rows.rows(test);
        }
    }

    /**
     * What a pipeline returns.
     *
     * @param positiveProbability each test row's probability of the positive label, in the order of
     *     {@link Input#test()}
     * @param fits what each fitted step learned from
     * @param config the pipeline's settings, recorded in run.json
     * @param predictor the fitted model, so that the evaluation can stress it (predict corrupted test rows, and train
     *     again without part of a segment by calling {@link #fitAndScore} with fewer train rows); {@code null} when
     *     the pipeline cannot predict new rows, and then there is no stress table
     */
    record Scored(double[] positiveProbability, List<FitRecord> fits, Map<String, Object> config, Predictor predictor) {
        /** Copies. */
        public Scored {
            positiveProbability = positiveProbability.clone();
            fits = List.copyOf(fits);
            config = Map.copyOf(config);
        }

        /** Scores without a model to stress. */
        public Scored(double[] positiveProbability, List<FitRecord> fits, Map<String, Object> config) {
            this(positiveProbability, fits, config, null);
        }
    }
}
