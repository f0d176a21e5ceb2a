package io.modellab.templates;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.data.Table;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/** Trains a {@link RegressorTemplate} on training rows. */
public final class RegressionTraining {

    /** The name of the single output dimension the models predict. */
    static final String TARGET_DIMENSION = "target";

    private RegressionTraining() {
    }

    /** Trains a template with its default settings. */
    public static TribuoRegressor train(RegressorTemplate template, Table trainFeatures, double[] trainTargets, long seed) {
        return train(template.defaultConfig(seed), trainFeatures, trainTargets, ProgressListener.NONE);
    }

    /**
     * Trains the template {@code config} configures: validates the config, fits the preprocessing on the train rows
     * and trains, reporting each stage to {@code progress}.
     *
     * @throws IllegalArgumentException naming the bad field of an invalid config, or a row whose target is not finite
     */
    public static TribuoRegressor train(TemplateConfig config, Table trainFeatures, double[] trainTargets,
                                        ProgressListener progress) {
        config.validate();
        RegressorTemplate template = RegressorTemplate.of(config);
        if (trainFeatures.rowCount() != trainTargets.length) {
            throw new IllegalArgumentException(trainFeatures.rowCount() + " training rows but " + trainTargets.length
                    + " targets");
        }
        TabularEncoding encoding = template.fitEncoding(config, trainFeatures);
        progress.progress(config.model() + ": preprocessing fitted on " + trainFeatures.rowCount() + " train rows", 1, 1);
        RegressionFactory factory = new RegressionFactory();
        MutableDataset<Regressor> dataset = new MutableDataset<>(
                new SimpleDataSourceProvenance("training rows", factory), factory);
        for (int r = 0; r < trainFeatures.rowCount(); r++) {
            if (!Double.isFinite(trainTargets[r])) {
                throw new IllegalArgumentException("training row " + trainFeatures.rowId(r) + " has target "
                        + trainTargets[r] + ", expected a finite number");
            }
            dataset.add(encoding.example(trainFeatures, r, new Regressor(TARGET_DIMENSION, trainTargets[r])));
        }
        Model<Regressor> model = template.newTrainer(config).train(dataset);
        progress.progress(config.model() + ": trained", 1, 1);
        return new TribuoRegressor(model, encoding, encoding.fitRecords());
    }
}
