package io.modellab.tracker.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.rules.DataSplit;
import io.modellab.evalharness.core.schema.ColumnProfile;
import io.modellab.evalharness.core.schema.ColumnSchema;
import io.modellab.evalharness.core.schema.ColumnType;
import io.modellab.evalharness.core.schema.DatasetProvenance;
import io.modellab.evalharness.core.schema.DatasetVersion;
import io.modellab.evalharness.core.schema.NumericSummary;
import io.modellab.evalharness.core.schema.QuantileValue;
import io.modellab.evalharness.core.schema.ValueCount;
import io.modellab.tracker.ProjectStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest of real files: the bundled credit-g and cpu, a slice of Pima diabetes, and folders of them. */
class DatasetIngestTest {

    static final Path REPO = Path.of("..");
    static final Path CREDIT_G = REPO.resolve("datasets/credit-g.csv");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC);
    static final IngestOptions CREDIT_G_OPTIONS = IngestOptions.defaults().withIngestedBy("DatasetIngestTest")
            .withTarget("class").withSplit(SplitSpec.stratified("class", 0.3, 42));

    @TempDir
    Path root;

    DatasetStore store;

    @BeforeEach
    void project() {
        new ProjectStore(root, CLOCK).create("p", "tests");
        store = new DatasetStore(root, CLOCK);
    }

    @Test
    void aCsvFileBecomesAVersionNamedByItsChecksumWithTheRefCsvDatasetsGives() {
        DatasetStore.Ingested ingested = store.ingest("p", "credit-g", CREDIT_G, REPO, CREDIT_G_OPTIONS);
        DatasetVersion v = ingested.version();

        assertThat(ingested.created()).isTrue();
        assertThat(ingested.file()).isEqualTo(root.resolve("p/datasets/credit-g/sha256-38b6dbf6fb4b/dataset.json"));
        assertThat(ArtifactReader.read(ingested.file(), DatasetVersion.class)).isEqualTo(v);
        assertThat(v.ref()).isEqualTo(CsvDatasets.read("credit-g", CREDIT_G, REPO).ref());
        assertThat(v.provenance()).isEqualTo(new DatasetProvenance(DatasetProvenance.Kind.FILE, "datasets/credit-g.csv",
                "DatasetIngestTest", v.provenance().tool(), "2026-11-23T18:00:00Z"));
        assertThat(v.provenance().tool()).startsWith("modellab ");
        assertThat(v.files()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("datasets/credit-g.csv");
            assertThat(f.bytes()).isEqualTo(139016L);
            assertThat(f.rows()).isEqualTo(1000L);
        });
    }

    @Test
    void creditGSchemaIsInferredFromEveryValue() {
        DatasetVersion v = store.ingest("p", "credit-g", CREDIT_G, REPO, CREDIT_G_OPTIONS).version();

        assertThat(v.columns()).hasSize(21);
        assertThat(type(v, "duration")).isEqualTo(ColumnType.INTEGER);
        assertThat(type(v, "credit_amount")).isEqualTo(ColumnType.INTEGER);
        assertThat(type(v, "checking_status")).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(type(v, "own_telephone")).as("yes / none").isEqualTo(ColumnType.CATEGORICAL);
        assertThat(type(v, "foreign_worker")).as("yes / no").isEqualTo(ColumnType.BOOLEAN);
        assertThat(type(v, "class")).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(v.columns()).allSatisfy(c -> assertThat(c.type()).isEqualTo(c.inferredType()));
    }

    @Test
    void creditGProfileMatchesNumpy() {
        DatasetVersion v = store.ingest("p", "credit-g", CREDIT_G, REPO, CREDIT_G_OPTIONS).version();

        assertThat(v.profile().rows()).isEqualTo(1000L);
        assertThat(v.profile().missingCells()).isZero();
        assertThat(v.profile().rowMissingness()).singleElement()
                .satisfies(m -> assertThat(m.rows()).isEqualTo(1000L));
        // np.mean, np.std(ddof=1), np.quantile([.05, .25, .5, .75, .95]), np.histogram(bins=20)
        assertNumbers(numeric(v, "duration"), 4, 72, 20.903, 12.058814452756375, new double[] {6, 12, 18, 24, 48},
                87, 84, 196, 66, 121, 216, 14, 43, 3, 83, 6, 11, 54, 0, 2, 0, 13, 0, 0, 1);
        assertNumbers(numeric(v, "credit_amount"), 250, 18424, 3271.258, 2822.7368759604406,
                new double[] {708.95, 1365.5, 2319.5, 3972.25, 9162.699999999995},
                151, 294, 170, 123, 66, 31, 45, 35, 24, 14, 10, 9, 7, 7, 2, 6, 3, 2, 0, 1);
        assertNumbers(numeric(v, "age"), 19, 75, 35.546, 11.375468574317512, new double[] {22, 27, 33, 42, 60},
                30, 119, 142, 120, 72, 105, 92, 63, 56, 33, 43, 29, 25, 17, 9, 17, 15, 6, 1, 6);
        NumericSummary installment = numeric(v, "installment_commitment");
        assertThat(installment.histogram().edges()).as("one bin per value").containsExactly(0.5, 1.5, 2.5, 3.5, 4.5);
        assertThat(installment.histogram().counts()).containsExactly(136L, 231L, 157L, 476L);

        ColumnProfile purpose = profile(v, "purpose");
        assertThat(purpose.values().top()).startsWith(new ValueCount("radio/tv", 280L), new ValueCount("new car", 234L),
                new ValueCount("furniture/equipment", 181L)).hasSize(10);
        assertThat(purpose.values().exact()).isTrue();
        assertThat(purpose.values().distinct()).isEqualTo(10L);
        assertThat(purpose.values().other()).isZero();
        assertThat(purpose.numeric()).isNull();
        assertThat(v.profile().labelBalance().labels())
                .containsExactly(new ValueCount("good", 700L), new ValueCount("bad", 300L));
    }

    @Test
    void decimalColumnsOfARealSliceMatchNumpy() {
        Path slice = Path.of("src/test/resources/data/diabetes-pima-100.csv");
        DatasetVersion v = store.ingest("p", "pima", slice, Path.of("."),
                IngestOptions.defaults().withTarget("class")).version();

        assertThat(type(v, "mass")).isEqualTo(ColumnType.NUMERIC);
        assertThat(type(v, "preg")).isEqualTo(ColumnType.INTEGER);
        assertNumbers(numeric(v, "mass"), 0, 49.7, 30.995999999999995, 9.611734410804242,
                new double[] {19.384999999999998, 25.299999999999997, 31.8, 37.225, 45.419999999999995},
                4, 0, 0, 0, 0, 0, 0, 3, 3, 13, 8, 12, 9, 15, 8, 9, 5, 5, 4, 2);
        assertNumbers(numeric(v, "pedi"), 0.102, 2.288, 0.46893000000000007, 0.371170201232303,
                new double[] {0.15235, 0.248, 0.34299999999999997, 0.58375, 0.9871999999999987},
                18, 26, 16, 11, 8, 8, 6, 2, 0, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1);
        assertThat(v.profile().labelBalance().labels()).containsExactly(new ValueCount("tested_negative", 63L),
                new ValueCount("tested_positive", 37L));
        assertThat(v.provenance().source()).isEqualTo("src/test/resources/data/diabetes-pima-100.csv");
    }

    @Test
    void aRegressionTargetHasNoLabelBalanceButItsDistribution() {
        DatasetVersion v = store.ingest("p", "cpu", REPO.resolve("datasets/cpu.csv"), REPO,
                IngestOptions.defaults().withTarget("performance").withSplit(SplitSpec.random(0.25, 7))).version();

        assertThat(v.profile().labelBalance()).as("116 distinct values are more than 100 categories").isNull();
        assertNumbers(numeric(v, "performance"), 6, 1150, 105.622009569378, 160.83073308779512,
                new double[] {12, 27, 50, 113, 386.1999999999998},
                126, 34, 15, 10, 7, 3, 5, 0, 5, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 2);
        assertThat(v.split().testRows()).isEqualTo(52L);
        assertThat(v.split().description()).isEqualTo("random, 25% test, seed 7");
    }

    @Test
    void aFolderOfCsvFilesIsOneVersionWhoseRowsAndSplitAreTheSameAsTheWholeFiles() throws IOException {
        Path folder = Files.createDirectories(root.resolve("work/credit-g-parts"));
        List<String> lines = Files.readAllLines(CREDIT_G);
        Files.write(folder.resolve("a.csv"), lines.subList(0, 601));
        List<String> rest = new java.util.ArrayList<>(List.of(lines.get(0)));
        rest.addAll(lines.subList(601, lines.size()));
        Files.write(folder.resolve("b.csv"), rest);
        Files.writeString(folder.resolve("notes.txt"), "not a csv");

        DatasetVersion whole = store.ingest("p", "credit-g", CREDIT_G, REPO, CREDIT_G_OPTIONS).version();
        DatasetVersion parts = store.ingest("p", "credit-g-parts", folder, root.resolve("work"), CREDIT_G_OPTIONS)
                .version();

        assertThat(parts.provenance().kind()).isEqualTo(DatasetProvenance.Kind.FOLDER);
        assertThat(parts.provenance().source()).isEqualTo("credit-g-parts");
        assertThat(parts.files()).extracting(f -> f.path() + " " + f.rows())
                .containsExactly("credit-g-parts/a.csv 600", "credit-g-parts/b.csv 400");
        // The manifest `LC_ALL=C sha256sum *.csv | sha256sum` hashes.
        String manifest = parts.files().get(0).sha256() + "  a.csv\n" + parts.files().get(1).sha256() + "  b.csv\n";
        assertThat(parts.sha256()).isEqualTo(CsvDatasets.sha256(manifest.getBytes(StandardCharsets.UTF_8)));
        assertThat(parts.version()).isEqualTo(CsvDatasets.versionOf(parts.sha256()));
        assertThat(parts.profile()).isEqualTo(whole.profile());
        assertThat(parts.split()).isEqualTo(whole.split());
        assertThat(store.read(parts, root.resolve("work")).table().column("age"))
                .containsExactly(store.read(whole, REPO).table().column("age"));
    }

    @Test
    void theSameBytesAgainReturnTheExistingVersionUntouched() throws IOException {
        DatasetStore.Ingested first = store.ingest("p", "credit-g", CREDIT_G, REPO, CREDIT_G_OPTIONS);
        byte[] written = Files.readAllBytes(first.file());
        Path copy = Files.copy(CREDIT_G, root.resolve("elsewhere.csv"));

        DatasetStore.Ingested again = new DatasetStore(root, Clock.systemUTC()).ingest("p", "credit-g", copy, root,
                CREDIT_G_OPTIONS.withNotes("other notes do not make another version").withIngestedBy("someone else"));

        assertThat(again.created()).isFalse();
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(Files.readAllBytes(first.file())).isEqualTo(written);
        assertThat(store.versions("p", "credit-g")).hasSize(1);
    }

    @Test
    void changedBytesMakeANewVersionAndBothAreListedOldestFirst() throws IOException {
        DatasetVersion v1 = store.ingest("p", "credit-g", CREDIT_G, REPO, CREDIT_G_OPTIONS).version();
        List<String> lines = Files.readAllLines(CREDIT_G);
        Path changed = root.resolve("credit-g-v2.csv");
        Files.write(changed, lines.subList(0, 900));

        DatasetStore later = new DatasetStore(root, Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC));
        DatasetVersion v2 = later.ingest("p", "credit-g", changed, root, CREDIT_G_OPTIONS).version();

        assertThat(v2.version()).isNotEqualTo(v1.version()).startsWith("sha256-");
        assertThat(v2.rows()).isEqualTo(899L);
        assertThat(store.versions("p", "credit-g")).extracting(DatasetVersion::version)
                .containsExactly(v1.version(), v2.version());
        assertThat(store.datasets("p")).containsExactly("credit-g");
    }

    @Test
    void theSameBytesWithOtherSettingsAreRefusedNotSilentlyReturned() {
        store.ingest("p", "credit-g", CREDIT_G, REPO, CREDIT_G_OPTIONS);

        assertThatThrownBy(() -> store.ingest("p", "credit-g", CREDIT_G, REPO,
                CREDIT_G_OPTIONS.withSplit(SplitSpec.stratified("class", 0.3, 7))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("dataset credit-g version sha256-38b6dbf6fb4b of project p already holds these bytes with"
                        + " split \"stratified on class, 30% test, seed 42\" (asked: \"stratified on class, 30% test,"
                        + " seed 7\"). A dataset version never changes: ingest under another dataset name to use other"
                        + " settings");
    }

    @Test
    void sameBytesAndOptionsGiveByteIdenticalDatasetJsonButForTheTimestamp() throws IOException {
        Path other = root.resolve("other-root");
        new ProjectStore(other, CLOCK).create("p", "tests");
        Clock later = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);

        Path a = store.ingest("p", "credit-g", CREDIT_G, REPO, CREDIT_G_OPTIONS).file();
        Path b = new DatasetStore(other, later).ingest("p", "credit-g", CREDIT_G, REPO, CREDIT_G_OPTIONS).file();

        List<String> linesA = Files.readAllLines(a);
        List<String> linesB = Files.readAllLines(b);
        assertThat(linesA).hasSameSizeAs(linesB);
        for (int i = 0; i < linesA.size(); i++) {
            if (!linesA.get(i).contains("\"ingested_at\"")) {
                assertThat(linesB.get(i)).as("line " + (i + 1)).isEqualTo(linesA.get(i));
            }
        }
        assertThat(String.join("\n", linesB)).contains("\"ingested_at\" : \"2027-01-01T00:00:00Z\"");
    }

    @Test
    void missingTokensAndTypesSetInCodeShapeTheProfile() throws IOException {
        Path file = Files.writeString(root.resolve("tokens.csv"),
                "id,score,grade,note\n1,0.5,3,fine\n2,NA,?,\n3,-,4,ok\n4,1.5,3,NaN\n");

        DatasetVersion v = store.ingest("p", "tokens", file, root, IngestOptions.defaults()
                .withMissingTokens(List.of("NA", "?", "-", "NaN")).withType("grade", ColumnType.CATEGORICAL)).version();

        assertThat(v.missingTokens()).containsExactly("", "NA", "?", "-", "NaN");
        assertThat(profile(v, "score").missing()).isEqualTo(2L);
        assertThat(type(v, "score")).isEqualTo(ColumnType.NUMERIC);
        assertThat(v.columns()).contains(new ColumnSchema("grade", ColumnType.CATEGORICAL, ColumnType.INTEGER));
        assertThat(profile(v, "grade").values().top()).containsExactly(new ValueCount("3", 2L), new ValueCount("4", 1L));
        assertThat(profile(v, "note").missing()).isEqualTo(2L);
        assertThat(v.profile().missingCells()).isEqualTo(5L);
        assertThat(v.profile().rowsWithMissing()).isEqualTo(3L);
        assertThat(v.profile().rowMissingness()).extracting(m -> m.missingCells() + ":" + m.rows())
                .containsExactly("0:1", "1:2", "3:1");
        assertThat(store.read(v, root).table().cell(1, "score")).isNull();
    }

    @Test
    void readingAVersionWhoseFileChangedIsRefused() throws IOException {
        Path file = Files.copy(CREDIT_G, root.resolve("credit-g.csv"));
        DatasetVersion v = store.ingest("p", "credit-g", file, root, CREDIT_G_OPTIONS).version();
        Files.writeString(file, Files.readString(file).replace("radio/tv", "radio"));

        assertThatThrownBy(() -> store.read(v, root)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("credit-g.csv has changed since dataset credit-g version sha256-38b6dbf6fb4b was"
                        + " ingested: its SHA-256 is ");
    }

    @Test
    void aDatasetNeedsAnExistingProjectAndASafeName() {
        assertThatThrownBy(() -> store.ingest("nope", "credit-g", CREDIT_G, REPO, CREDIT_G_OPTIONS))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("project nope does not exist under ");
        assertThatThrownBy(() -> store.ingest("p", "../credit-g", CREDIT_G, REPO, CREDIT_G_OPTIONS))
                .hasMessageContaining("dataset name \"../credit-g\" is not allowed");
        assertThatThrownBy(() -> store.ingest("p", "x", REPO.resolve("datasets/none.csv"), REPO, CREDIT_G_OPTIONS))
                .hasMessage("dataset source datasets/none.csv does not exist; expected a CSV file or a folder of CSV files");
    }

    static void assertNumbers(NumericSummary s, double min, double max, double mean, double std, double[] quantiles,
                              long... counts) {
        assertThat(s.min()).isEqualTo(min);
        assertThat(s.max()).isEqualTo(max);
        assertThat(s.mean()).isCloseTo(mean, within(1e-9 * Math.max(1, Math.abs(mean))));
        assertThat(s.std()).isCloseTo(std, within(1e-9 * std));
        assertThat(s.quantilesExact()).isTrue();
        assertThat(s.quantiles()).extracting(QuantileValue::q).containsExactly(0.05, 0.25, 0.5, 0.75, 0.95);
        for (int i = 0; i < quantiles.length; i++) {
            assertThat(s.quantiles().get(i).value()).isCloseTo(quantiles[i], within(1e-9 * Math.max(1, quantiles[i])));
        }
        assertThat(s.histogram().exact()).isTrue();
        assertThat(s.histogram().counts()).containsExactly(Arrays.stream(counts).boxed().toArray(Long[]::new));
        assertThat(s.histogram().edges()).hasSize(counts.length + 1).startsWith(min).endsWith(max);
    }

    static ColumnType type(DatasetVersion v, String column) {
        return v.columns().stream().filter(c -> c.name().equals(column)).findFirst().orElseThrow().type();
    }

    static ColumnProfile profile(DatasetVersion v, String column) {
        return v.profile().columns().stream().filter(c -> c.name().equals(column)).findFirst().orElseThrow();
    }

    static NumericSummary numeric(DatasetVersion v, String column) {
        return profile(v, column).numeric();
    }

    static DataSplit keys(int[] train, int[] test) {
        return DataSplit.trainTest(Arrays.stream(train).mapToObj(i -> Integer.toString(i + 1)).toList(),
                Arrays.stream(test).mapToObj(i -> Integer.toString(i + 1)).toList());
    }
}
