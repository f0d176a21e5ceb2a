package io.modellab.evalharness.plots.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.io.AtomicFiles;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.schema.RunOwner;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectIndexTest {

    @TempDir
    Path root;

    @Test
    void aRunningRunWhoseProcessIsGoneShowsAsStaleWithTheReasonAndALiveOneAsRunning() {
        RunRecord done = ReportFixtures.inputs(ReportFixtures.PLAIN).run();
        RunOwner self = RunOwner.current();
        RunOwner gone = new RunOwner(self.pid(), self.host(),
                Instant.parse(self.processStartedAt()).minusSeconds(3600).toString());
        RunRecord stale = done.finish(RunStatus.RUNNING, null, done.timings()).withOwner(gone);
        RunRecord live = new RunRecord(done.schemaVersion(), "run-20261123-130000-0000000a", done.project(),
                done.model(), done.role(), RunStatus.RUNNING, null, done.seed(), done.codeVersion(), done.dataset(),
                done.split(), null, null, done.config(), done.timings(), done.environment()).withOwner(self);
        write(stale);
        write(live);

        ProjectIndex.View view = ProjectIndex.view(root, done.project());

        assertThat(view.runs()).extracting(ProjectIndex.Row::status).containsExactly("RUNNING", ProjectIndex.STALE);
        assertThat(view.runs().get(1).statusReason()).isEqualTo("stale: " + gone.describe() + " is gone");
    }

    private void write(RunRecord run) {
        AtomicFiles.write(root.resolve(run.project()).resolve(run.runId()).resolve("run.json"), Json.toBytes(run));
    }
}
