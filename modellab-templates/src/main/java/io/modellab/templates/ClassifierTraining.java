package io.modellab.templates;

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
     * Trains a model.
     *
     * @param template which model
     * @param trainFeatures the training rows' features (no target column)
     * @param trainLabels the training rows' labels, in the same order
     * @param seed the training seed
     * @return the model with the encoding fitted on the same rows
     */
    public static TribuoPredictor train(ClassifierTemplate template, Table trainFeatures, String[] trainLabels, long seed) {
        if (trainFeatures.rowCount() != trainLabels.length) {
            throw new IllegalArgumentException(trainFeatures.rowCount() + " training rows but " + trainLabels.length + " labels");
        }
        TabularEncoding encoding = TabularEncoding.fit(trainFeatures);
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(
                new SimpleDataSourceProvenance("training rows", factory), factory);
        for (int r = 0; r < trainFeatures.rowCount(); r++) {
            if (trainLabels[r] == null) {
                throw new IllegalArgumentException("training row " + trainFeatures.rowId(r) + " has no label");
            }
            dataset.add(encoding.example(trainFeatures, r, new Label(trainLabels[r])));
        }
        Model<Label> model = template.newTrainer(seed, encoding).train(dataset);
        return new TribuoPredictor(model, encoding);
    }
}
