package io.modellab.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.EvalFiles;
import io.modellab.evalharness.core.schema.EvalSummary;
import io.modellab.evalharness.core.schema.HeadlineMetric;
import io.modellab.evalharness.core.schema.MetricValue;
import io.modellab.evalharness.core.schema.MetricsReport;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricGateTest {

    static final String RUN = "run-20261123-120000-00000001";
    static final EvalSummary SUMMARY = new EvalSummary(SchemaVersion.CURRENT, "p", RUN, Task.BINARY_CLASSIFICATION, "m",
            ModelRole.IMPROVED, new DatasetRef("d", "v", "0".repeat(64), "d.csv", 10L), new CodeVersion("a".repeat(40), false),
            42L, 10L, "yes", List.of(new HeadlineMetric("roc_auc", 0.81, 0.74, 0.87), new HeadlineMetric("f1", null, null, null)),
            "run-20261123-110000-00000000", new BaselineCheck(BaselineCheck.Status.OK, "run-20261123-110000-00000000", "ok"),
            EvalFiles.STANDARD, List.of());
    static final MetricsReport METRICS = new MetricsReport(SchemaVersion.CURRENT, RUN, Task.BINARY_CLASSIFICATION, "m",
            "test", 10, "yes", 0.5, List.of(new MetricValue("roc_auc", 0.81, null, null),
            new MetricValue("log_loss", 0.42, null, null), new MetricValue("f1", null, null, "no positive prediction")),
            null, null, null);

    @Test
    void gatesReadValuesPercentagesAndIntervalEnds() {
        assertThat(MetricGate.parse(" roc_auc >= 0.75 ")).isEqualTo(new MetricGate("roc_auc >= 0.75", "roc_auc",
                MetricGate.End.VALUE, ">=", 0.75));
        assertThat(MetricGate.parse("accuracy>70%").threshold()).isEqualTo(0.7);
        assertThat(MetricGate.parse("lower(roc_auc) >= 0.7").end()).isEqualTo(MetricGate.End.LOWER);
        assertThat(MetricGate.parse("upper( log_loss ) < .5").end()).isEqualTo(MetricGate.End.UPPER);
    }

    @Test
    void aGateThatCannotBeReadSaysWhatWasExpected() {
        assertThatThrownBy(() -> MetricGate.parse("roc_auc => 0.75")).hasMessage("gate \"roc_auc => 0.75\" cannot be"
                + " read: expected <metric> <op> <number>, e.g. roc_auc >= 0.75, accuracy > 70% or lower(roc_auc) >= 0.70,"
                + " with op one of >= > <= <");
    }

    @Test
    void aGateHoldsOrSaysWhyItIsMissed() {
        assertThat(MetricGate.parse("roc_auc >= 0.8").check(SUMMARY, METRICS)).isEmpty();
        assertThat(MetricGate.parse("roc_auc >= 0.85").check(SUMMARY, METRICS))
                .contains("roc_auc is 0.810 (interval 0.740 to 0.870)");
        assertThat(MetricGate.parse("lower(roc_auc) >= 0.75").check(SUMMARY, METRICS))
                .contains("the lower end of roc_auc's interval is 0.740 (roc_auc 0.810 (interval 0.740 to 0.870))");
        assertThat(MetricGate.parse("log_loss <= 0.4").check(SUMMARY, METRICS)).contains("log_loss is 0.420");
        assertThat(MetricGate.parse("f1 >= 0.1").check(SUMMARY, METRICS))
                .contains("f1 is undefined, so the gate cannot hold");
    }

    @Test
    void aGateOnAMetricTheRunDoesNotReportIsAMisconfiguration() {
        assertThatThrownBy(() -> MetricGate.parse("auc >= 0.8").check(SUMMARY, METRICS))
                .hasMessage("gate \"auc >= 0.8\": run " + RUN + " reports no metric auc; it reports [roc_auc, log_loss, f1]");
        assertThatThrownBy(() -> MetricGate.parse("lower(log_loss) <= 0.5").check(SUMMARY, METRICS))
                .hasMessage("gate \"lower(log_loss) <= 0.5\": only the headline metrics [roc_auc, f1] have intervals");
    }
}
