package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.modellab.evalharness.core.schema.MetricValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Regression metrics against scikit-learn ({@code golden/regression.json}, make_golden_regression.py). */
class GoldenRegressionTest {

    static List<Golden.Case> cases() {
        return Golden.cases("regression.json", 14);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyMetricMatchesScikitLearn(Golden.Case tc) {
        JsonNode c = tc.json();
        double[] weights = c.get("weights").isNull() ? null : Golden.doubles(c.get("weights"));
        List<MetricValue> metrics = RegressionMetrics.compute(Golden.doubles(c.get("actual")),
                Golden.doubles(c.get("predicted")), weights);

        c.get("expected").fields().forEachRemaining(e ->
                Golden.close(e.getKey(), MetricValue.valueOf(metrics, e.getKey()), e.getValue().asDouble()));
        if (!c.get("expected").has("mape")) {
            MetricValue mape = metrics.stream().filter(m -> m.name().equals("mape")).findFirst().orElseThrow();
            assertThat(mape.value()).isNull();
            assertThat(mape.note()).matches("undefined: \\d+ targets? (is|are) 0");
        }
    }

    @Test
    void badInputNamesTheRow() {
        assertThatThrownBy(() -> RegressionMetrics.compute(new double[] {1, Double.NaN}, new double[] {1, 2}, null))
                .hasMessage("row 1: actual NaN, predicted 2.0; expected finite numbers");
        assertThatThrownBy(() -> RegressionMetrics.compute(new double[0], new double[0], null))
                .hasMessage("empty input: no rows to score");
    }
}
