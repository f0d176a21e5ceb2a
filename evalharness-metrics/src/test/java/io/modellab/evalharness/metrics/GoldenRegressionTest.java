package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modellab.evalharness.core.schema.MetricValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Regression metrics against scikit-learn ({@code golden/regression.json}, make_golden_regression.py). */
class GoldenRegressionTest {

    record Case(String name, JsonNode json) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() throws IOException {
        try (InputStream in = GoldenRegressionTest.class.getResourceAsStream("/golden/regression.json")) {
            List<Case> out = new ArrayList<>();
            new ObjectMapper().readTree(in).get("cases").forEach(c -> out.add(new Case(c.get("name").asText(), c)));
            assertThat(out).hasSizeGreaterThanOrEqualTo(14);
            return out;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyMetricMatchesScikitLearn(Case tc) {
        JsonNode c = tc.json();
        double[] weights = c.get("weights").isNull() ? null : GoldenClassificationTest.doubles(c.get("weights"));
        List<MetricValue> metrics = RegressionMetrics.compute(GoldenClassificationTest.doubles(c.get("actual")),
                GoldenClassificationTest.doubles(c.get("predicted")), weights);

        c.get("expected").fields().forEachRemaining(e ->
                GoldenClassificationTest.close(e.getKey(), MetricValue.valueOf(metrics, e.getKey()), e.getValue().asDouble()));
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
