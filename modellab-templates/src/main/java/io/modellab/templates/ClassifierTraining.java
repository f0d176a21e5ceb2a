package io.modellab.templates;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.rules.FitRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        return train(template, TabularEncoding.fit(trainFeatures), trainFeatures, trainLabels, seed);
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
        Model<Label> model = template.newTrainer(seed, encoding).train(dataset);
        List<FitRecord> fits = new ArrayList<>();
        fits.add(encoding.fitRecord());
        if (template == ClassifierTemplate.LOGISTIC_REGRESSION) {
            // Tribuo's TransformTrainer fits its mean and standard deviation on the dataset it trains on.
            fits.add(new FitRecord("standardise numeric columns", FitRecord.SCALER, trainFeatures.rowIds(), Map.of()));
        }
        return new TribuoPredictor(model, encoding, fits);
    }
}
