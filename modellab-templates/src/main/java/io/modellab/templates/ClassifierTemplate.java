package io.modellab.templates;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.spi.ModelDescription;
import org.tribuo.Trainer;
import org.tribuo.Tribuo;
import org.tribuo.classification.Label;
import org.tribuo.classification.baseline.DummyClassifierTrainer;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;

/** Template A, tabular classification, baseline first: most frequent, logistic regression, XGBoost. */
public enum ClassifierTemplate {

    /** Predicts the most frequent training label for every row; gives no probabilities. */
    MOST_FREQUENT("most_frequent", ModelRole.BASELINE),

    /**
     * L2-regularised logistic regression (liblinear; by default C = 1, at most 1000 iterations, tolerance 0.01) on
     * numeric features imputed and standardised with the training rows' statistics, and one-hot categories.
     */
    LOGISTIC_REGRESSION("logistic_regression", ModelRole.IMPROVED),

    /** Gradient-boosted trees (XGBoost; see {@link XGBoostConfig#classification(long)} for the defaults). */
    XGBOOST("xgboost", ModelRole.IMPROVED);

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

    /** The template's default settings with {@code seed}. */
    public TemplateConfig defaultConfig(long seed) {
        return switch (this) {
            case MOST_FREQUENT -> new MostFrequentConfig(seed);
            case LOGISTIC_REGRESSION -> LogisticRegressionConfig.defaults(seed);
            case XGBOOST -> XGBoostConfig.classification(seed);
        };
    }

    /** The template a config configures, or an error naming the config's model when it is not a classifier's. */
    static ClassifierTemplate of(TemplateConfig config) {
        if (config instanceof MostFrequentConfig) {
            return MOST_FREQUENT;
        } else if (config instanceof LogisticRegressionConfig) {
            return LOGISTIC_REGRESSION;
        } else if (config instanceof XGBoostConfig x && x.task().equals("classification")) {
            return XGBOOST;
        }
        throw new IllegalArgumentException("a " + config.model() + " config" + (config instanceof XGBoostConfig
                ? " for " + ((XGBoostConfig) config).task() : "") + " does not configure a tabular classifier");
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
                    "imputed (training mean), standardised (training mean and sd)", "one-hot (training categories)", true);
            case XGBOOST -> new ModelDescription("Gradient-boosted trees (XGBoost, 50 trees of depth at most 6, eta 0.3)"
                    + " on numeric columns and one-hot categoricals", tribuo + " (XGBoost4J)", "logistic loss",
                    "CPU", "float32", "imputed (training mean)", "one-hot (training categories)", true);
        };
    }

    /** The preprocessing the template's model needs, fitted on {@code trainFeatures}. */
    TabularEncoding fitEncoding(TemplateConfig config, Table trainFeatures) {
        return switch (this) {
            case MOST_FREQUENT -> TabularEncoding.fit(trainFeatures);
            case LOGISTIC_REGRESSION -> TabularEncoding.fit(trainFeatures,
                    ((LogisticRegressionConfig) config).numericFill(), true);
            case XGBOOST -> TabularEncoding.fit(trainFeatures, NumericFill.MEAN, false);
        };
    }

    /** A fresh trainer (trainers count their invocations, so a fresh one keeps training deterministic). */
    Trainer<Label> newTrainer(TemplateConfig config) {
        return switch (this) {
            case MOST_FREQUENT -> DummyClassifierTrainer.createMostFrequentTrainer();
            case LOGISTIC_REGRESSION -> {
                LogisticRegressionConfig c = (LogisticRegressionConfig) config;
                yield new LibLinearClassificationTrainer(
                        new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), c.cost(),
                        c.maxIterations(), c.tolerance(), c.seed());
            }
            case XGBOOST -> {
                XGBoostConfig c = (XGBoostConfig) config;
                yield new XGBoostClassificationTrainer(c.trees(), c.eta(), c.gamma(), c.maxDepth(), c.minChildWeight(),
                        c.subsample(), c.featureSubsample(), c.lambda(), c.alpha(), c.threads(), true, c.seed());
            }
        };
    }
}
