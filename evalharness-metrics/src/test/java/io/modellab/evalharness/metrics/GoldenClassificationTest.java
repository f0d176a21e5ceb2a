package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.modellab.evalharness.core.schema.ClassMetrics;
import io.modellab.evalharness.core.schema.MetricValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classification suite against scikit-learn on {@code golden/classification.json}
 * ({@code src/test/python/make_golden_classification.py}), at 1e-9 relative tolerance.
 */
class GoldenClassificationTest {

    static List<Golden.Case> cases() {
        return Golden.cases("classification.json", 40);
    }

    static ClassificationData data(JsonNode c) {
        List<String> labels = new ArrayList<>();
        c.get("labels").forEach(l -> labels.add(l.asText()));
        JsonNode a = c.get("actual");
        JsonNode p = c.get("proba");
        int[] actual = new int[a.size()];
        double[][] proba = new double[a.size()][];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = a.get(i).asInt();
            proba[i] = Golden.doubles(p.get(i));
        }
        double[] weights = c.get("weights").isNull() ? null : Golden.doubles(c.get("weights"));
        return ClassificationData.ofIndices(labels, actual, proba, weights);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyMetricMatchesScikitLearn(Golden.Case tc) {
        JsonNode c = tc.json();
        ClassificationData data = data(c);
        boolean binary = data.classes() == 2;
        int positive = c.get("positive").asInt();
        ClassificationMetrics.Report report = binary
                ? ClassificationMetrics.binary(data, positive, c.get("threshold").asDouble())
                : ClassificationMetrics.multiclass(data);

        JsonNode expected = c.get("expected");
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey().endsWith("_binary") ? e.getKey().replace("_binary", "") : e.getKey();
            Golden.close(name, MetricValue.valueOf(report.metrics(), name), e.getValue().asDouble());
        }
        for (String undefinedWithOneClass : binary ? List.of("roc_auc", "average_precision") : List.of("roc_auc_ovr_macro")) {
            if (!expected.has(undefinedWithOneClass)) {
                MetricValue m = report.metrics().stream().filter(v -> v.name().equals(undefinedWithOneClass)).findFirst().orElseThrow();
                assertThat(m.value()).as(undefinedWithOneClass).isNull();
                assertThat(m.note()).as(undefinedWithOneClass).startsWith("undefined: ");
            }
        }

        // scikit-learn's per-class arrays are in [negative, positive] order for binary cases, label order otherwise.
        int[] javaIndex = new int[data.classes()];
        for (int g = 0; g < javaIndex.length; g++) {
            javaIndex[g] = binary ? (g == 1 ? positive : 1 - positive) : g;
        }
        JsonNode per = c.get("per_class");
        Map<String, Function<ClassMetrics, Double>> fields = Map.of("precision", ClassMetrics::precision,
                "recall", ClassMetrics::recall, "f1", ClassMetrics::f1, "specificity", ClassMetrics::specificity,
                "support", ClassMetrics::support);
        fields.forEach((field, getter) -> {
            for (int g = 0; g < javaIndex.length; g++) {
                Golden.close(field + " of " + data.labels().get(javaIndex[g]), getter.apply(report.perClass().get(javaIndex[g])),
                        per.get(field).get(g).asDouble());
            }
        });
        JsonNode cm = c.get("confusion_matrix");
        for (int a = 0; a < javaIndex.length; a++) {
            for (int p = 0; p < javaIndex.length; p++) {
                Golden.close("confusion[" + a + "][" + p + "]", report.counts().count(javaIndex[a], javaIndex[p]),
                        cm.get(a).get(p).asDouble());
            }
        }
        if (binary) {
            JsonNode cal = c.get("calibration");
            assertThat(report.calibration().observed()).hasSize(cal.get("prob_true").size());
            for (int b = 0; b < cal.get("prob_true").size(); b++) {
                Golden.close("calibration observed " + b, report.calibration().observed()[b], cal.get("prob_true").get(b).asDouble());
                Golden.close("calibration predicted " + b, report.calibration().predicted()[b], cal.get("prob_pred").get(b).asDouble());
            }
            RankMetrics.PrCurve pr = RankMetrics.prCurve(data.isClass(positive), data.probabilitiesOf(positive),
                    data.weightsOrNull());
            if (cal.has("pr_precision")) {
                for (String field : new String[] {"pr_precision", "pr_recall", "pr_thresholds"}) {
                    double[] actual = field.equals("pr_precision") ? pr.precision()
                            : field.equals("pr_recall") ? pr.recall() : pr.thresholds();
                    assertThat(actual).as(field).hasSize(cal.get(field).size());
                    for (int i = 0; i < actual.length; i++) {
                        Golden.close(field + "[" + i + "]", actual[i], cal.get(field).get(i).asDouble());
                    }
                }
            } else {
                assertThat(pr).as("no positives, no PR curve").isNull();
            }
        }
    }
}
