package io.modellab.templates;

import io.modellab.evalharness.core.data.ClassProbabilities;
import io.modellab.evalharness.core.data.Predictor;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.rules.FitRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;

/**
 * A Tribuo classification model as a {@link Predictor}. A model that gives no probabilities (a dummy) reports
 * probability 1 for its predicted label.
 *
 * <p>This is also the adapter for a Tribuo classification model trained without a template: give it the model and
 * a {@link RowEncoder} that makes the examples the model was trained on (a {@link TabularEncoding} fitted on the
 * train rows, or your own), and the evaluation, the stress tests and {@link SavedModel} take it like any template's.
 *
 * @param model the trained model
 * @param encoding how rows become examples, as in training (a {@link TabularEncoding}, a {@link TfIdfVectorizer})
 * @param fitRecords what each fitted step (the encoding, the model's own preprocessing) learned from, for the
 *     leakage rules
 */
public record TribuoPredictor(Model<Label> model, RowEncoder encoding, List<FitRecord> fitRecords)
        implements Predictor {

    /** Copies the list. */
    public TribuoPredictor {
        fitRecords = List.copyOf(fitRecords);
    }

    /** The model's labels, sorted by name. */
    public List<String> labels() {
        return model.getOutputIDInfo().getDomain().stream().map(Label::getLabel).sorted(Comparator.naturalOrder()).toList();
    }

    @Override
    public ClassProbabilities predict(Table rows) {
        List<Example<Label>> examples = new ArrayList<>(rows.rowCount());
        for (int r = 0; r < rows.rowCount(); r++) {
            examples.add(encoding.example(rows, r, LabelFactory.UNKNOWN_LABEL));
        }
        List<String> labels = labels();
        List<Prediction<Label>> predictions = model.predict(examples);
        double[][] probabilities = new double[predictions.size()][labels.size()];
        for (int r = 0; r < predictions.size(); r++) {
            Prediction<Label> prediction = predictions.get(r);
            if (model.generatesProbabilities()) {
                Map<String, Label> scores = prediction.getOutputScores();
                for (int k = 0; k < labels.size(); k++) {
                    Label score = scores.get(labels.get(k));
                    probabilities[r][k] = score == null ? 0.0 : score.getScore();
                }
            } else {
                probabilities[r][labels.indexOf(prediction.getOutput().getLabel())] = 1.0;
            }
        }
        return new ClassProbabilities(labels, probabilities);
    }
}
