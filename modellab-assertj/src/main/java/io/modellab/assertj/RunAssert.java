package io.modellab.assertj;

import static io.modellab.assertj.error.RunShouldBeDone.runShouldBeDone;

import io.modellab.evalharness.core.io.RunFolder;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a run: its run.json and, for {@link #hasNoLeakage()}, its leakage.json.
 *
 * <pre>{@code
 * assertThatRun(runDir).isDone().hasNoLeakage().passesBaselineFirst();
 * assertThat(run, leakage).hasNoLeakage();
 * }</pre>
 */
public class RunAssert extends AbstractAssert<RunAssert, RunRecord> {

    private final LeakageEvidence leakage;

    RunAssert(RunRecord actual, LeakageEvidence leakage) {
        super(actual, RunAssert.class);
        this.leakage = leakage;
    }

    /**
     * Verifies that the run finished: status DONE, so its artifacts are complete.
     *
     * @return this assert
     * @throws AssertionError with the status and its reason otherwise
     */
    public RunAssert isDone() {
        isNotNull();
        if (actual.status() != RunStatus.DONE) {
            throw assertionError(runShouldBeDone(actual));
        }
        return myself;
    }

    /**
     * Verifies that the run's leakage report shows no failed rule. Warnings do not fail it.
     *
     * @return this assert
     * @throws AssertionError naming every failed rule and what it found, or saying that there is no report
     */
    public RunAssert hasNoLeakage() {
        isNotNull();
        leakage.problem(actual.runId()).ifPresent(problem -> {
            throw assertionError(problem);
        });
        return myself;
    }

    /**
     * Verifies that the run may claim an improvement over its baseline: run.json's baseline check is OK. A baseline
     * run passes, being first.
     *
     * @return this assert
     * @throws AssertionError with the check's status and message, or when an improved run has no check
     */
    public RunAssert passesBaselineFirst() {
        isNotNull();
        BaselineFirstVerdict.problem(actual.runId(), actual.role(), actual.baselineCheck(), RunFolder.RUN)
                .ifPresent(problem -> {
                    throw assertionError(problem);
                });
        return myself;
    }
}
