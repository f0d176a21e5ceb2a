package io.modellab.templates;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.data.ValuePredictor;
import io.modellab.evalharness.core.rules.FitRecord;
import java.util.ArrayList;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * A Tribuo regression model (one output dimension) as a {@link ValuePredictor}; the adapter for any Tribuo regressor,
 * template-trained or not, given the {@link RowEncoder} that made its training examples.
 *
 * @param model the trained model
 * @param encoding how rows become examples, as in training
 * @param fitRecords what each fitted step learned from, for the leakage rules
 */
public record TribuoRegressor(Model<Regressor> model, RowEncoder encoding, List<FitRecord> fitRecords)
        implements ValuePredictor {

    /** Copies the list. */
    public TribuoRegressor {
        fitRecords = List.copyOf(fitRecords);
    }

    @Override
    public double[] predict(Table rows) {
        List<Example<Regressor>> examples = new ArrayList<>(rows.rowCount());
        for (int r = 0; r < rows.rowCount(); r++) {
            examples.add(encoding.example(rows, r, RegressionFactory.UNKNOWN_REGRESSOR));
        }
        List<Prediction<Regressor>> predictions = model.predict(examples);
        double[] out = new double[predictions.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = predictions.get(r).getOutput().getValues()[0];
        }
        return out;
    }
}
