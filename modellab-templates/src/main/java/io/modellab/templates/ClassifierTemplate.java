package io.modellab.templates;

import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.spi.ModelDescription;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Trainer;
import org.tribuo.Tribuo;
import org.tribuo.classification.Label;
import org.tribuo.classification.baseline.DummyClassifierTrainer;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.Transformation;
import org.tribuo.transform.TransformationMap;
import org.tribuo.transform.transformations.MeanStdDevTransformation;

/** The tabular classification models, baseline first. */
public enum ClassifierTemplate {

    /** Predicts the most frequent training label for every row; gives no probabilities. */
    MOST_FREQUENT("most_frequent", ModelRole.BASELINE),

    /**
     * L2-regularised logistic regression (liblinear, C = 1, at most 1000 iterations, tolerance 0.01) on numeric
     * features standardised with the training rows' mean and standard deviation, and one-hot categories.
     */
    LOGISTIC_REGRESSION("logistic_regression", ModelRole.IMPROVED);

    private final String modelName;
    private final ModelRole role;

    ClassifierTemplate(String modelName, ModelRole role) {
        this.modelName = modelName;
        this.role = role;
    }

    /** The name written into run.json and the eval files. */
    public String modelName() {
        return modelName;
    }

    /** Baseline or improvement. */
    public ModelRole role() {
        return role;
    }

    /** What the model is, as its model card says it. */
    public ModelDescription description() {
        String tribuo = "Tribuo " + Tribuo.VERSION;
        return switch (this) {
            case MOST_FREQUENT -> new ModelDescription("Most-frequent baseline: predicts the most frequent training"
                    + " label for every row, with probability 1, and reads no feature", tribuo, null, "CPU", "float64",
                    null, null, false);
            case LOGISTIC_REGRESSION -> new ModelDescription("L2-regularised logistic regression (liblinear, C = 1) on"
                    + " standardised numeric columns and one-hot categoricals", tribuo + " (liblinear)",
                    "logistic loss with an L2 penalty", "CPU", "float64",
                    "standardised (training mean and sd)", "one-hot (training categories)", true);
        };
    }

    /**
     * A fresh trainer (trainers count their invocations, so a fresh one keeps training deterministic).
     *
     * @param seed the training seed
     * @param encoding the encoding the examples were made with: only its numeric columns are standardised, since
     *     a one-hot column standardised over its present values (all 1) would be zeroed out
     */
    public Trainer<Label> newTrainer(long seed, TabularEncoding encoding) {
        return switch (this) {
            case MOST_FREQUENT -> DummyClassifierTrainer.createMostFrequentTrainer();
            case LOGISTIC_REGRESSION -> {
                Map<String, List<Transformation>> scaling = new LinkedHashMap<>();
                for (String column : encoding.columns()) {
                    if (encoding.isNumeric(column)) {
                        scaling.put(column, List.of(new MeanStdDevTransformation()));
                    }
                }
                yield new TransformTrainer<>(
                        new LibLinearClassificationTrainer(
                                new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), 1.0, 1000, 0.01, seed),
                        new TransformationMap(scaling));
            }
        };
    }
}
