package io.modellab.evalharness.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.ArtifactValidator;
import io.modellab.evalharness.core.io.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {

    static Stream<Object> records() {
        return Stream.of(Samples.summary(), Samples.metrics(), Samples.intervals(), Samples.slices(),
                Samples.failures(), Samples.run(), Samples.leakage(), Samples.stress(), Samples.folderWithStress().summary());
    }

    @ParameterizedTest
    @MethodSource("records")
    void everyRecordIsValidAndReadsBackEqualWithTheSameBytes(Object record) {
        assertThat(ArtifactValidator.violations(record)).isEmpty();

        byte[] bytes = Json.toBytes(record);
        Object back = ArtifactReader.parse(bytes, record.getClass(), "sample");

        assertThat(back).isEqualTo(record);
        assertThat(Json.toBytes(back)).isEqualTo(bytes);
    }

    @Test
    void jsonHasSnakeCaseNamesInComponentOrderAndUnixLineEnds() throws IOException {
        String json = new String(Json.toBytes(Samples.metrics()), StandardCharsets.UTF_8);

        try (InputStream golden = getClass().getResourceAsStream("/golden/metrics.json")) {
            assertThat(json).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(json).doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void configMapKeysAreWrittenSorted() {
        String json = new String(Json.toBytes(Samples.run()), StandardCharsets.UTF_8);

        assertThat(json.indexOf("\"model\" : \"logistic_regression\"", json.indexOf("\"config\"")))
                .isLessThan(json.indexOf("\"test_fraction\""));
    }

    @Test
    void aMissingCellInAFailureExampleStaysNull() {
        FailureExamples back = ArtifactReader.parse(Json.toBytes(Samples.failures()), FailureExamples.class, "s");

        assertThat(back.examples().get(0).features()).containsEntry("purpose", null)
                .containsKeys("checking_status", "duration", "purpose");
    }
}
