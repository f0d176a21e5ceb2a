package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modellab.evalharness.core.schema.MetricValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Metric values against scikit-learn's, from {@code golden/binary_classification.json} (see make_golden.py). */
class GoldenMetricsTest {

    private static final double EXACT = 1e-12;

    record Case(String name, boolean[] actual, double[] score, double threshold, Map<String, Double> expected,
                double[] fpr, double[] tpr, List<List<Long>> confusion) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() throws IOException {
        try (InputStream in = GoldenMetricsTest.class.getResourceAsStream("/golden/binary_classification.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            assertThat(root.get("generator").asText()).startsWith("scikit-learn ");
            List<Case> out = new ArrayList<>();
            for (JsonNode c : root.get("cases")) {
                JsonNode a = c.get("actual");
                JsonNode s = c.get("score");
                boolean[] actual = new boolean[a.size()];
                double[] score = new double[s.size()];
                for (int i = 0; i < actual.length; i++) {
                    actual[i] = a.get(i).asInt() == 1;
                    score[i] = s.get(i).asDouble();
                }
                Map<String, Double> expected = new TreeMap<>();
                c.get("expected").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asDouble()));
                JsonNode curve = c.get("roc_curve");
                out.add(new Case(c.get("name").asText(), actual, score, c.get("threshold").asDouble(), expected,
                        curve.isNull() ? null : doubles(curve.get("fpr")), curve.isNull() ? null : doubles(curve.get("tpr")),
                        List.of(longs(c.get("confusion_matrix").get(0)), longs(c.get("confusion_matrix").get(1)))));
            }
            assertThat(out).hasSizeGreaterThanOrEqualTo(8);
            return out;
        }
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asLong()));
        return out;
    }

    private static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rocCurveMatchesScikitLearnPointForPoint(Case c) {
        if (c.fpr() == null) {
            assertThatThrownBy(() -> RocCurve.of(c.actual(), c.score())).hasMessageContaining("needs both classes");
            return;
        }
        RocCurve curve = RocCurve.of(c.actual(), c.score());

        assertThat(curve.falsePositiveRate()).containsExactly(c.fpr(), within(EXACT));
        assertThat(curve.truePositiveRate()).containsExactly(c.tpr(), within(EXACT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void thresholdMetricsMatchScikitLearn(Case c) {
        BinaryConfusion confusion = BinaryConfusion.atThreshold(c.actual(), c.score(), c.threshold());

        assertThat(confusion.accuracy()).as("accuracy").isCloseTo(c.expected().get("accuracy"), within(EXACT));
        assertThat(confusion.precision()).as("precision").isCloseTo(c.expected().get("precision"), within(EXACT));
        assertThat(confusion.recall()).as("recall").isCloseTo(c.expected().get("recall"), within(EXACT));
        assertThat(confusion.f1()).as("f1").isCloseTo(c.expected().get("f1"), within(EXACT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSliceMetricsOfBinaryPredictionsMatchScikitLearn(Case c) {
        BinaryPredictions p = new BinaryPredictions("pos", "neg", c.actual(), c.score(), c.threshold());

        for (MetricValue m : p.metrics(p.allRows())) {
            Double expected = c.expected().get(m.name());
            if (expected == null) {
                assertThat(m.value()).as(m.name()).isNull();
                assertThat(m.note()).as(m.name()).isEqualTo("undefined: only one class is present");
            } else {
                assertThat(m.value()).as(m.name()).isCloseTo(expected, within(EXACT));
            }
        }
        assertThat(p.confusionMatrix().labels()).containsExactly("neg", "pos");
        assertThat(p.confusionMatrix().counts()).as("rows actual, columns predicted, as scikit-learn's confusion_matrix")
                .isEqualTo(c.confusion());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rocAucMatchesScikitLearnIncludingTies(Case c) {
        double auc = RocAuc.of(c.actual(), c.score());

        if (c.expected().containsKey("roc_auc")) {
            assertThat(auc).isCloseTo(c.expected().get("roc_auc"), within(EXACT));
        } else {
            assertThat(auc).as("undefined with one class").isNaN();
        }
    }
}
