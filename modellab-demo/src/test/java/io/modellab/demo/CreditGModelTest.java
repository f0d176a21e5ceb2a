package io.modellab.demo;

import static io.modellab.assertj.ModelLabAssertions.assertThatComparison;
import static io.modellab.assertj.ModelLabAssertions.assertThatEvalFolder;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.assertj.EvalAssert;
import io.modellab.assertj.junit.ArtifactsRoot;
import io.modellab.assertj.junit.ModelLabExtension;
import io.modellab.evalharness.core.io.CompareFolder;
import io.modellab.tracker.GitCodeVersion;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ModelLabExtension.class)
class CreditGModelTest {

    @Test
    void logisticRegressionIsGoodEnoughToShip(@ArtifactsRoot Path artifacts) {
        Path repo = Path.of("..");
        // The demo's pipeline stands in for yours: baseline first, leakage rules, evaluation, comparison.
        CreditGDemo.Result run = CreditGDemo.run(repo, artifacts, 42, GitCodeVersion.of(repo),
                new PrintStream(OutputStream.nullOutputStream()));

        EvalAssert model = assertThatEvalFolder(run.improvedEval());
        model.hasNoLeakage().passesBaselineFirst();
        model.metric("roc_auc").isAtLeast(0.75);
        model.metric("roc_auc").lowerBound().isAtLeast(0.70);
        model.everySlice().inFamily("key_feature").hasMetricAtLeast("accuracy", 0.6);
        assertThatComparison(CompareFolder.dir(artifacts, CreditGDemo.PROJECT, run.baselineRunId(), run.improvedRunId()))
                .inSliceFamily("key_feature").doesNotRegressAnySliceBy(0.05)
                .improves("roc_auc").significantly();

        // Not good enough everywhere yet: it catches none of the bad risks among applicants with no checking account.
        assertThatThrownBy(() -> model.everySlice().inFamily("key_feature").hasMetricAtLeast("recall", 0.5))
                .hasMessageContaining("checking_status = no checking (120 rows): 0.0");
    }
}
