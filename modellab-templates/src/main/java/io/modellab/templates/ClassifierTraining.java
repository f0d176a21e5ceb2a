package io.modellab.templates;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.data.Table;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Trains a {@link ClassifierTemplate} on training rows. */
public final class ClassifierTraining {

    private ClassifierTraining() {
    }

    /**
     * Trains a template with its default settings.
     *
     * @param template which model
     * @param trainFeatures the training rows' features (no target column)
     * @param trainLabels the training rows' labels, in the same order
     * @param seed the training seed
     * @return the model with the preprocessing fitted on the same rows
     */
    public static TribuoPredictor train(ClassifierTemplate template, Table trainFeatures, String[] trainLabels, long seed) {
        return train(template.defaultConfig(seed), trainFeatures, trainLabels, ProgressListener.NONE);
    }

    /**
     * Trains the template {@code config} configures: validates the config, fits the preprocessing on the train rows,
     * trains, and reports each of the three stages to {@code progress} when it is done.
     *
     * @throws IllegalArgumentException naming the bad field of an invalid config, or a row without a label
     */
    public static TribuoPredictor train(TemplateConfig config, Table trainFeatures, String[] trainLabels,
                                        ProgressListener progress) {
        config.validate();
        ClassifierTemplate template = ClassifierTemplate.of(config);
        TabularEncoding encoding = template.fitEncoding(config, trainFeatures);
        progress.progress(config.model() + ": preprocessing fitted on " + trainFeatures.rowCount() + " train rows", 1, 1);
        return train(template, config, encoding, trainFeatures, trainLabels, progress);
    }

    /**
     * Trains a model with an encoding fitted elsewhere (the leakage rules will check which rows it saw).
     *
     * @param template which model
     * @param encoding how rows become examples
     * @param trainFeatures the training rows' features (no target column)
     * @param trainLabels the training rows' labels, in the same order
     * @param seed the training seed
     */
    public static TribuoPredictor train(ClassifierTemplate template, TabularEncoding encoding, Table trainFeatures,
                                        String[] trainLabels, long seed) {
        return train(template, template.defaultConfig(seed), encoding, trainFeatures, trainLabels, ProgressListener.NONE);
    }

    private static TribuoPredictor train(ClassifierTemplate template, TemplateConfig config, RowEncoder encoding,
                                         Table trainFeatures, String[] trainLabels, ProgressListener progress) {
        Model<Label> model = template.newTrainer(config).train(dataset(encoding, trainFeatures, trainLabels));
        progress.progress(config.model() + ": trained", 1, 1);
        return new TribuoPredictor(model, encoding, encoding.fitRecords());
    }

    static MutableDataset<Label> dataset(RowEncoder encoding, Table trainFeatures, String[] trainLabels) {
        if (trainFeatures.rowCount() != trainLabels.length) {
            throw new IllegalArgumentException(trainFeatures.rowCount() + " training rows but " + trainLabels.length + " labels");
        }
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(
                new SimpleDataSourceProvenance("training rows", factory), factory);
        for (int r = 0; r < trainFeatures.rowCount(); r++) {
            if (trainLabels[r] == null) {
                throw new IllegalArgumentException("training row " + trainFeatures.rowId(r) + " has no label");
            }
            dataset.add(encoding.example(trainFeatures, r, new Label(trainLabels[r])));
        }
        return dataset;
    }
}
