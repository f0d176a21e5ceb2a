package io.modellab.evalharness.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.ArtifactValidator;
import io.modellab.evalharness.core.io.InvalidArtifactException;
import io.modellab.evalharness.core.io.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunRecordTest {

    @Test
    void aRunJsonWrittenBeforeKindTagsOwnerAndArtifactsReadsAsATrainRunWithoutTags() throws Exception {
        ObjectNode old = (ObjectNode) Json.mapper().readTree(Json.toBytes(Samples.run()));
        old.remove(List.of("kind", "tags", "owner", "artifacts"));
        ((ObjectNode) old.get("environment")).remove(List.of("cpu_count", "libraries"));

        RunRecord read = ArtifactReader.parse(Json.mapper().writeValueAsString(old).getBytes(StandardCharsets.UTF_8),
                RunRecord.class, "run.json");

        assertThat(read.kind()).isEqualTo(RunKind.TRAIN);
        assertThat(read.tags()).isEmpty();
        assertThat(read.owner()).isNull();
        assertThat(read.artifacts()).isNull();
        assertThat(read.environment().cpuCount()).isNull();
    }

    @Test
    void tagsAreSortedWithoutDuplicatesAndABadTagIsNamed() {
        RunRecord tagged = Samples.run().withTags(List.of("sweep:3", "credit", "sweep:3"));
        assertThat(tagged.tags()).containsExactly("credit", "sweep:3");

        assertThatThrownBy(() -> ArtifactValidator.requireValid("run.json", Samples.run().withTags(List.of("a b"))))
                .isInstanceOf(InvalidArtifactException.class).hasMessageContaining("$.tags[0]");
    }

    @Test
    void theCurrentProcessIsAliveAndAnotherStartTimeMeansAReusedPid() {
        RunOwner self = RunOwner.current();
        assertThat(self.goneOnThisHost()).isFalse();

        RunOwner reused = new RunOwner(self.pid(), self.host(), Instant.parse(self.processStartedAt())
                .minusSeconds(3600).toString());
        assertThat(reused.goneOnThisHost()).isTrue();
        RunOwner elsewhere = new RunOwner(self.pid(), self.host() + "-elsewhere", "2000-01-01T00:00:00Z");
        assertThat(elsewhere.goneOnThisHost()).as("another host cannot be checked").isFalse();
    }
}
