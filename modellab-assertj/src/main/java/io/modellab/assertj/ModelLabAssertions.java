package io.modellab.assertj;

import io.modellab.evalharness.core.io.EvalFolder;
import io.modellab.evalharness.core.schema.Comparison;
import io.modellab.evalharness.core.schema.LeakageReport;
import io.modellab.evalharness.core.schema.RunRecord;
import java.nio.file.Path;
import org.assertj.core.annotation.CheckReturnValue;

/**
 * The entry point of ModelLab's assertions: on an eval result, an eval folder on disk, a run and a comparison.
 *
 * <pre>{@code
 * import static io.modellab.assertj.ModelLabAssertions.assertThat;
 * import static io.modellab.assertj.ModelLabAssertions.assertThatEvalFolder;
 *
 * assertThatEvalFolder(evalDir).hasNoLeakage().passesBaselineFirst();
 * assertThatEvalFolder(evalDir).metric("roc_auc").lowerBound().isAtLeast(0.70);
 * assertThat(comparison).improves("roc_auc").significantly();
 * }</pre>
 *
 * <p>The methods taking a {@link Path} have their own names, so that a test can import AssertJ's
 * {@code assertThat(Path)} beside these. It can be imported with AssertJ's {@code Assertions.assertThat}: the
 * argument types tell the overloads apart.
 */
@CheckReturnValue
public class ModelLabAssertions {

    /** Subclass to add entry points of your own, as AssertJ's {@code Assertions} allows. */
    protected ModelLabAssertions() {
    }

    /**
     * Assertions on an eval result in memory, such as {@code EvalHarness.evaluate}'s. {@code hasNoLeakage()} fails on
     * it, saying why: the leakage report is not part of the eval result; use {@link #assertThat(EvalFolder,
     * LeakageReport)}.
     *
     * @param actual the eval result
     * @return the assert
     */
    public static EvalAssert assertThat(EvalFolder actual) {
        return new EvalAssert(actual, LeakageEvidence.given(null, "an eval result in memory carries no leakage report:"
                + " pass its run's report with assertThat(eval, leakage), or assert on the eval folder on disk with"
                + " assertThatEvalFolder(path), which reads leakage.json from its run folder"));
    }

    /**
     * Assertions on an eval result in memory and its run's leakage report.
     *
     * @param actual the eval result
     * @param leakage the run's leakage report
     * @return the assert
     */
    public static EvalAssert assertThat(EvalFolder actual, LeakageReport leakage) {
        return new EvalAssert(actual, LeakageEvidence.given(leakage, "the leakage report given is null"));
    }

    /**
     * Assertions on the eval folder at {@code evalDir} ({@code <artifacts-root>/<project>/<run_id>/eval}); the
     * leakage report is read from the run folder above it.
     *
     * @param evalDir the eval folder
     * @return the assert
     * @throws AssertionError when the folder is missing, incomplete or breaks its schema, naming the file and why
     */
    public static EvalAssert assertThatEvalFolder(Path evalDir) {
        Path folder = evalDir.toAbsolutePath().normalize();
        return new EvalAssert(ArtifactFolders.evalFolder(folder), ArtifactFolders.leakage(folder.getParent()));
    }

    /**
     * Assertions on a run record (run.json). {@code hasNoLeakage()} fails on it, saying why; use
     * {@link #assertThat(RunRecord, LeakageReport)} or {@link #assertThatRun(Path)}.
     *
     * @param actual the run
     * @return the assert
     */
    public static RunAssert assertThat(RunRecord actual) {
        return new RunAssert(actual, LeakageEvidence.given(null, "none was given with run.json: pass it with"
                + " assertThat(run, leakage), or assert on the run folder with assertThatRun(path)"));
    }

    /**
     * Assertions on a run record and its leakage report.
     *
     * @param actual the run
     * @param leakage its leakage report
     * @return the assert
     */
    public static RunAssert assertThat(RunRecord actual, LeakageReport leakage) {
        return new RunAssert(actual, LeakageEvidence.given(leakage, "the leakage report given is null"));
    }

    /**
     * Assertions on the run folder at {@code runDir} ({@code <artifacts-root>/<project>/<run_id>}): its run.json and
     * leakage.json.
     *
     * @param runDir the run folder
     * @return the assert
     * @throws AssertionError when run.json is missing or breaks its schema
     */
    public static RunAssert assertThatRun(Path runDir) {
        Path folder = runDir.toAbsolutePath().normalize();
        return new RunAssert(ArtifactFolders.run(folder), ArtifactFolders.leakage(folder));
    }

    /**
     * Assertions on a comparison, such as {@code RunComparison.compare}'s.
     *
     * @param actual the comparison
     * @return the assert
     */
    public static ComparisonAssert assertThat(Comparison actual) {
        return new ComparisonAssert(actual);
    }

    /**
     * Assertions on the compare folder at {@code compareDir}
     * ({@code <artifacts-root>/<project>/compare/<reference>--<candidate>}): its compare.json.
     *
     * @param compareDir the compare folder
     * @return the assert
     * @throws AssertionError when compare.json is missing or breaks its schema
     */
    public static ComparisonAssert assertThatComparison(Path compareDir) {
        return new ComparisonAssert(ArtifactFolders.comparison(compareDir.toAbsolutePath().normalize()));
    }
}
