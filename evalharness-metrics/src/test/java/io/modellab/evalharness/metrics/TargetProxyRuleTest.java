package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.rules.DataSplit;
import io.modellab.evalharness.core.rules.LeakageChecker;
import io.modellab.evalharness.core.rules.PipelineRecord;
import io.modellab.evalharness.core.schema.LeakageCheck;
import io.modellab.evalharness.core.schema.LeakageReport;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TargetProxyRuleTest {

    /** 200 rows: noise, an honest signal, a column copied from the outcome, and a unique id per row. */
    static PipelineRecord pipeline(boolean withProxy) {
        SplittableRandom random = new SplittableRandom(5);
        List<String[]> cells = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean bad = random.nextDouble() < 0.3;
            String signal = Double.toString((bad ? 1 : 0) + random.nextGaussian());
            String proxy = withProxy ? (bad ? "charged_off" : "repaid") : (random.nextBoolean() ? "a" : "b");
            cells.add(new String[] {Double.toString(random.nextGaussian()), signal, proxy, "id" + i, bad ? "bad" : "good"});
            keys.add(Integer.toString(i));
        }
        Table rows = Table.ofRows(List.of("noise", "signal", "outcome_status", "row_id", "class"), cells, keys);
        return new PipelineRecord("run-20261123-120000-00000001", rows, "class",
                DataSplit.trainTest(keys.subList(0, 140), keys.subList(140, 200)), List.of());
    }

    @Test
    void aColumnThatCopiesTheLabelIsAWarningThatDoesNotFailTheRun() {
        LeakageReport report = LeakageChecker.standard().with(new TargetProxyRule("bad", 0.99)).check(pipeline(true));

        LeakageCheck proxy = report.checks().get(report.checks().size() - 1);
        assertThat(report.passed()).isTrue();
        assertThat(proxy.status()).isEqualTo(LeakageCheck.Status.WARN);
        assertThat(proxy.message()).isEqualTo("1 feature alone separates bad on train above AUC 0.99, a likely proxy"
                + " of the target: outcome_status (AUC 1.0000)");
        assertThat(proxy.evidence()).containsEntry("outcome_status", 1.0).doesNotContainKeys("row_id", "signal", "noise");
    }

    @Test
    void honestFeaturesAndIdLikeColumnsPass() {
        LeakageCheck proxy = new TargetProxyRule("bad", 0.99).check(pipeline(false));

        assertThat(proxy.status()).isEqualTo(LeakageCheck.Status.PASS);
    }
}
