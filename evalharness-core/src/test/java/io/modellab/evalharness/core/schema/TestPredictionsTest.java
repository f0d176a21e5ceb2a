package io.modellab.evalharness.core.schema;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestPredictionsTest {

    @Test
    void columnsOfDifferentLengthsAreRefusedWithTheCounts() {
        assertThatThrownBy(() -> new TestPredictions(SchemaVersion.CURRENT, "r", Task.BINARY_CLASSIFICATION, "bad", 0.5,
                List.of("1", "2"), List.of("bad"), List.of(0.1, 0.2)))
                .hasMessage("predictions of run r: 2 row ids, 1 actual labels and 2 scores; expected one of each per row");
    }

    @Test
    void aRepeatedRowIdIsRefusedSinceRowsCouldNotBePaired() {
        assertThatThrownBy(() -> new TestPredictions(SchemaVersion.CURRENT, "r", Task.BINARY_CLASSIFICATION, "bad", 0.5,
                List.of("7", "7"), List.of("bad", "good"), List.of(0.1, 0.2)))
                .hasMessage("predictions of run r: row id 7 appears twice; row ids must be unique to pair runs");
    }
}
