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
                Samples.failures(), Samples.run(), Samples.leakage(), Samples.project(), Samples.datasetVersion(),
                Samples.modelCard(), Samples.stress(), Samples.folderWithStress().summary());
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
    void aDatasetVersionNamesTheRefAndSplitARunRecords() {
        DatasetVersion version = Samples.datasetVersion();

        assertThat(version.ref()).isEqualTo(new DatasetRef("credit-g", "sha256-38b6dbf6fb4b", version.sha256(),
                "datasets/credit-g.csv", 1000L));
        assertThat(version.split().ref()).isEqualTo(new SplitRef("stratified on class, 30% test, seed 42",
                "ab".repeat(32)));
    }

    @Test
    void aBadDatasetVersionIsRefusedAtTheFieldsPath() {
        DatasetVersion good = Samples.datasetVersion();
        DatasetVersion bad = new DatasetVersion(good.schemaVersion(), good.project(), good.name(), "v1", good.sha256(),
                good.rows(), good.target(), good.missingTokens(), good.columns(), good.files(), good.profile(),
                good.split(), new DatasetProvenance(DatasetProvenance.Kind.FILE, "/abs/credit-g.csv", "me", "modellab",
                        "2026-11-23T16:59:30Z"), null);

        assertThat(ArtifactValidator.violations(bad)).extracting(Object::toString)
                .anySatisfy(v -> assertThat(v).contains("$.version"))
                .anySatisfy(v -> assertThat(v).contains("$.provenance.source"));
    }

    @Test
    void aMissingCellInAFailureExampleStaysNull() {
        FailureExamples back = ArtifactReader.parse(Json.toBytes(Samples.failures()), FailureExamples.class, "s");

        assertThat(back.examples().get(0).features()).containsEntry("purpose", null)
                .containsKeys("checking_status", "duration", "purpose");
    }
}
