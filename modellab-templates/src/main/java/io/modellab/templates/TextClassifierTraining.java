package io.modellab.templates;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.data.Table;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;

/**
 * Template C, text classification: the baseline is TF-IDF ({@link TfIdfVectorizer}) and L2-regularised logistic
 * regression (liblinear). The improvement the spec names, a small transformer fine-tuned on the same rows, plugs in
 * through {@link TextFineTune}.
 */
public final class TextClassifierTraining {

    private TextClassifierTraining() {
    }

    /**
     * Fits the vocabulary on the train rows and trains the linear model.
     *
     * @param config the settings, validated first
     * @param trainRows the train rows (the text column among them)
     * @param trainLabels their labels, in order
     * @param progress hears when the vocabulary is fitted and the model trained
     */
    public static TribuoPredictor train(TfIdfConfig config, Table trainRows, String[] trainLabels,
                                        ProgressListener progress) {
        config.validate();
        TfIdfVectorizer vectorizer = TfIdfVectorizer.fit(trainRows, config.textColumn(),
                config.minDocumentFrequency(), config.maxVocabulary());
        progress.progress(config.model() + ": vocabulary of " + vectorizer.vocabularySize() + " tokens fitted on "
                + trainRows.rowCount() + " train rows", 1, 1);
        Model<Label> model = new LibLinearClassificationTrainer(
                new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), config.cost(),
                config.maxIterations(), 0.01, config.seed())
                .train(ClassifierTraining.dataset(vectorizer, trainRows, trainLabels));
        progress.progress(config.model() + ": trained", 1, 1);
        return new TribuoPredictor(model, vectorizer, vectorizer.fitRecords());
    }
}
