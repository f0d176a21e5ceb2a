package io.modellab.templates;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.spi.ModelDescription;
import org.tribuo.Trainer;
import org.tribuo.Tribuo;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.baseline.DummyRegressionTrainer;
import org.tribuo.regression.slm.LARSTrainer;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

/** Template B, tabular regression, baseline first: mean predictor, linear regression, XGBoost. */
public enum RegressorTemplate {

    /** Predicts the train rows' mean target for every row. */
    MEAN("mean", ModelRole.BASELINE),

    /** Least squares (Tribuo's LARS over all features) on imputed, standardised numerics and one-hot categories. */
    LINEAR_REGRESSION("linear_regression", ModelRole.BASELINE),

    /** Gradient-boosted regression trees (XGBoost, squared error; see {@link XGBoostConfig#regression(long)}). */
    XGBOOST("xgboost", ModelRole.IMPROVED);

    private final String modelName;
    private final ModelRole role;

    RegressorTemplate(String modelName, ModelRole role) {
        this.modelName = modelName;
        this.role = role;
    }

    /** The name written into run.json. */
    public String modelName() {
        return modelName;
    }

    /** Baseline (the mean and the linear model are the spec's two baselines) or improvement. */
    public ModelRole role() {
        return role;
    }

    /** The template's default settings with {@code seed}. */
    public TemplateConfig defaultConfig(long seed) {
        return switch (this) {
            case MEAN -> new MeanConfig(seed);
            case LINEAR_REGRESSION -> LinearRegressionConfig.defaults(seed);
            case XGBOOST -> XGBoostConfig.regression(seed);
        };
    }

    static RegressorTemplate of(TemplateConfig config) {
        if (config instanceof MeanConfig) {
            return MEAN;
        } else if (config instanceof LinearRegressionConfig) {
            return LINEAR_REGRESSION;
        } else if (config instanceof XGBoostConfig x && x.task().equals("regression")) {
            return XGBOOST;
        }
        throw new IllegalArgumentException("a " + config.model() + " config" + (config instanceof XGBoostConfig
                ? " for " + ((XGBoostConfig) config).task() : "") + " does not configure a tabular regressor");
    }

    /** What the model is, as its model card says it. */
    public ModelDescription description() {
        String tribuo = "Tribuo " + Tribuo.VERSION;
        return switch (this) {
            case MEAN -> new ModelDescription("Mean baseline: predicts the training rows' mean target for every row",
                    tribuo, null, "CPU", "float64", null, null, false);
            case LINEAR_REGRESSION -> new ModelDescription("Least-squares linear regression (LARS over all features)",
                    tribuo + " (regression-slm)", "squared error", "CPU", "float64",
                    "imputed (training mean), standardised (training mean and sd)", "one-hot (training categories)", false);
            case XGBOOST -> new ModelDescription("Gradient-boosted regression trees (XGBoost, 50 trees of depth at most"
                    + " 6, eta 0.3)", tribuo + " (XGBoost4J)", "squared error", "CPU", "float32",
                    "imputed (training mean)", "one-hot (training categories)", true);
        };
    }

    TabularEncoding fitEncoding(TemplateConfig config, Table trainFeatures) {
        return switch (this) {
            case MEAN -> TabularEncoding.fit(trainFeatures);
            case LINEAR_REGRESSION -> TabularEncoding.fit(trainFeatures, ((LinearRegressionConfig) config).numericFill(),
                    true);
            case XGBOOST -> TabularEncoding.fit(trainFeatures, NumericFill.MEAN, false);
        };
    }

    Trainer<Regressor> newTrainer(TemplateConfig config) {
        return switch (this) {
            case MEAN -> DummyRegressionTrainer.createMeanTrainer();
            case LINEAR_REGRESSION -> {
                int max = ((LinearRegressionConfig) config).maxFeatures();
                yield max == 0 ? new LARSTrainer() : new LARSTrainer(max);
            }
            case XGBOOST -> {
                XGBoostConfig c = (XGBoostConfig) config;
                yield new XGBoostRegressionTrainer(XGBoostRegressionTrainer.RegressionType.LINEAR, c.trees(), c.eta(),
                        c.gamma(), c.maxDepth(), c.minChildWeight(), c.subsample(), c.featureSubsample(), c.lambda(),
                        c.alpha(), c.threads(), true, c.seed());
            }
        };
    }
}
