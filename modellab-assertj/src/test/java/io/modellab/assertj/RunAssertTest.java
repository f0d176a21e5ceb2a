package io.modellab.assertj;

import static io.modellab.assertj.ModelLabAssertions.assertThat;
import static io.modellab.assertj.ModelLabAssertions.assertThatRun;
import static io.modellab.assertj.SyntheticProject.BASELINE;
import static io.modellab.assertj.SyntheticProject.IMPROVED;
import static io.modellab.assertj.SyntheticProject.LEAKY;
import static io.modellab.assertj.SyntheticProject.OTHER_DATA;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.schema.RunRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A run's status and rules, from its run folder and from its records in memory. */
class RunAssertTest {

    static SyntheticProject project;

    @BeforeAll
    static void writeTheProject() {
        project = SyntheticProject.shared();
    }

    @Test
    void aFinishedCleanRunThatImprovesOnItsBaselinePassesAll() {
        assertThatRun(project.runDir(IMPROVED)).isDone().hasNoLeakage().passesBaselineFirst();
        assertThat(project.run(IMPROVED), project.leakage(IMPROVED)).isDone().hasNoLeakage().passesBaselineFirst();
        assertThatRun(project.runDir(BASELINE)).isDone().hasNoLeakage().passesBaselineFirst();
    }

    @Test
    void aFailedRunIsNotDoneAndSaysWhy() {
        assertThatThrownBy(() -> assertThatRun(project.runDir(LEAKY)).isDone())
                .hasMessage(String.format("%nExpecting run %s to be DONE, but it is FAILED: %s", LEAKY,
                        project.run(LEAKY).statusReason()));
    }

    @Test
    void aLeakyRunFailsNamingTheRule() {
        assertThatThrownBy(() -> assertThatRun(project.runDir(LEAKY)).hasNoLeakage())
                .hasMessage(String.format("%nExpecting run %s to have no leakage, but 1 of its 4 leakage rules"
                        + " failed:%n  split_disjoint: 10 held-out rows are also in train by key [r400, r401, r402,"
                        + " r403, r404]", LEAKY));
    }

    @Test
    void withoutALeakageReportNoLeakageCannotBeShown() {
        assertThatThrownBy(() -> assertThatRun(project.runDir(OTHER_DATA)).hasNoLeakage())
                .hasMessage(String.format("%nExpecting run %s to have no leakage, but there is no leakage report to"
                        + " show it: its run folder %s has no leakage.json: run the leakage rules"
                        + " (RunRules.checkLeakage) before evaluating", OTHER_DATA, project.runDir(OTHER_DATA)));
        assertThatThrownBy(() -> assertThat(project.run(IMPROVED)).hasNoLeakage())
                .hasMessage(String.format("%nExpecting run %s to have no leakage, but there is no leakage report to"
                        + " show it: none was given with run.json: pass it with assertThat(run, leakage), or assert on"
                        + " the run folder with assertThatRun(path)", IMPROVED));
    }

    @Test
    void anImprovedRunOnAnotherSplitFailsBaselineFirstWithTheCheck() {
        RunRecord leaky = project.run(LEAKY);

        assertThatThrownBy(() -> assertThatRun(project.runDir(LEAKY)).passesBaselineFirst())
                .hasMessage(String.format("%nExpecting improved run %s to pass the baseline-first rule, but the"
                        + " baseline check in its run.json is OTHER_SPLIT:%n  %s", LEAKY,
                        leaky.baselineCheck().message()));
    }

    @Test
    void anImprovedRunWhoseBaselineWasNeverCheckedFails() {
        assertThatThrownBy(() -> assertThat(project.run(IMPROVED).withBaselineCheck(null)).passesBaselineFirst())
                .hasMessage(String.format("%nExpecting improved run %s to pass the baseline-first rule, but its"
                        + " run.json has no baseline check: resolve its baseline (RunRules.resolveBaseline) before"
                        + " evaluating", IMPROVED));
    }
}
