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
                + " of the target: outcome_status (AUC 1.0000 by category share)");
        assertThat(proxy.evidence()).containsEntry("outcome_status", 1.0).doesNotContainKeys("row_id", "signal", "noise");
    }

    /** 200 rows of one column beside the label (bad for the first 60). */
    static PipelineRecord oneColumn(java.util.function.IntFunction<String> cell) {
        List<String[]> cells = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            cells.add(new String[] {cell.apply(i), i < 60 ? "bad" : "good"});
            keys.add(Integer.toString(i));
        }
        return new PipelineRecord("run-20261123-120000-00000001", Table.ofRows(List.of("x", "class"), cells, keys),
                "class", DataSplit.trainTest(keys.subList(0, 200).stream().filter(k -> Integer.parseInt(k) % 3 != 0).toList(),
                keys.stream().filter(k -> Integer.parseInt(k) % 3 == 0).toList()), List.of());
    }

    @Test
    void proxiesHiddenAsNumbersCodesOrMissingnessAreFound() {
        TargetProxyRule rule = new TargetProxyRule("bad", 0.99);

        assertThat(rule.check(oneColumn(i -> Double.toString(i < 60 ? 1000 + i : i * 0.5))).message())
                .endsWith("x (AUC 1.0000 by value)");
        assertThat(rule.check(oneColumn(i -> i < 60 ? "7" : i % 2 == 0 ? "3" : "11")).message())
                .as("a code that is 7 exactly for bad rows").endsWith("x (AUC 1.0000 by category share)");
        assertThat(rule.check(oneColumn(i -> i < 60 ? Integer.toString(i * 10) : null)).message())
                .as("a field filled only for bad rows").endsWith("x (AUC 1.0000 by missingness)");
    }

    @Test
    void aNaNCellMakesTheColumnTextInsteadOfBreakingTheRun() {
        LeakageCheck check = new TargetProxyRule("bad", 0.99).check(oneColumn(i -> i == 5 ? "NaN" : Double.toString(i % 7)));

        assertThat(check.status()).isEqualTo(LeakageCheck.Status.PASS);
    }

    @Test
    void honestFeaturesAndIdLikeColumnsPass() {
        LeakageCheck proxy = new TargetProxyRule("bad", 0.99).check(pipeline(false));

        assertThat(proxy.status()).isEqualTo(LeakageCheck.Status.PASS);
    }
}
