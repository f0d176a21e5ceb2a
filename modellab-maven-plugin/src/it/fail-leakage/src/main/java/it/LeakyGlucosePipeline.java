package it;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.rules.FitRecord;
import io.modellab.evalharness.core.spi.EvalPipeline;
import java.util.List;
import java.util.Map;

/** Scores diabetes by standardised plasma glucose alone, with the scaler fitted on every row: the leak under test. */
public class LeakyGlucosePipeline implements EvalPipeline {

    @Override
    public String name() {
        return "leaky_glucose_score";
    }

    @Override
    public Scored fitAndScore(Input input) {
        Table fitted = input.rows();
        double[] glucose = numbers(fitted.column("plas"));
        double mean = 0;
        for (double g : glucose) {
            mean += g / glucose.length;
        }
        double variance = 0;
        for (double g : glucose) {
            variance += (g - mean) * (g - mean) / glucose.length;
        }
        double sd = Math.sqrt(variance);
        double[] test = numbers(input.testRows().column("plas"));
        double[] scores = new double[test.length];
        for (int i = 0; i < test.length; i++) {
            scores[i] = 1 / (1 + Math.exp(-(test[i] - mean) / sd));
        }
        FitRecord scaler = new FitRecord("standardise plas", FitRecord.SCALER, fitted.rowIds(), Map.of());
        return new Scored(scores, List.of(scaler), Map.of("feature", "plas"));
    }

    private static double[] numbers(String[] column) {
        double[] out = new double[column.length];
        for (int i = 0; i < column.length; i++) {
            out[i] = Double.parseDouble(column[i]);
        }
        return out;
    }
}
