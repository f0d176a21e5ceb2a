package io.modellab.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.modellab.evalharness.core.schema.RunRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunConfigsTest {

    record Regularization(@JsonProperty("kind") String kind, @JsonProperty("strength") double strength) {
    }

    record TrainConfig(@JsonProperty("learning_rate") double learningRate, @JsonProperty("epochs") int epochs,
                       @JsonProperty("regularization") Regularization regularization) {
    }

    @TempDir
    Path root;

    @Test
    void aTypedConfigAndFreeFormEntriesGoToRunJsonAndTheTypedPartReadsBack() {
        TrainConfig typed = new TrainConfig(0.1, 20, new Regularization("l2", 0.5));
        RunStore store = new RunStore(root);
        RunRecord running = RunStoreTest.running("proj")
                .withConfig(RunConfigs.of(typed, Map.of("note", "first try")));
        RunHandle.start(store, running, Clock.systemUTC()).done();

        RunRecord saved = store.load("proj", running.runId());
        assertThat(saved.config()).containsEntry("learning_rate", 0.1).containsEntry("epochs", 20)
                .containsEntry("note", "first try")
                .containsEntry("regularization", Map.of("kind", "l2", "strength", 0.5));
        assertThat(RunConfigs.read(saved, TrainConfig.class)).isEqualTo(typed);
    }

    @Test
    void aFreeFormKeyThatIsAlsoAFieldIsRefused() {
        assertThatThrownBy(() -> RunConfigs.of(new TrainConfig(0.1, 20, null), Map.of("epochs", 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("config key epochs is both a field of TrainConfig and a free-form entry; rename one");
    }
}
