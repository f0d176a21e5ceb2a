package io.modellab.tracker.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.rules.DataSplit;
import io.modellab.evalharness.core.schema.DatasetSplit;
import io.modellab.evalharness.core.schema.DatasetVersion;
import io.modellab.evalharness.core.schema.SplitStrategy;
import io.modellab.tracker.ProjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every split strategy at ingest, its digest, and the same split recomputed on the loaded rows. */
class SplitsTest {

    static final Path REPO = Path.of("..");

    @TempDir
    Path root;

    DatasetStore store;

    @BeforeEach
    void project() {
        new ProjectStore(root).create("p", "");
        store = new DatasetStore(root);
    }

    @Test
    void theStratifiedSplitOfCreditGIsStratifiedSplitAndItsDigestIsPinned() {
        DatasetVersion v = ingest("credit-g", REPO.resolve("datasets/credit-g.csv"), SplitSpec.stratified("class", 0.3, 42));
        Table table = store.read(v, REPO).table();
        StratifiedSplit direct = StratifiedSplit.of(table.column("class"), 0.3, 42);

        SplitRows rows = SplitRows.of(v.split(), table);

        assertThat(rows.train()).containsExactly(direct.train());
        assertThat(rows.test()).containsExactly(direct.test());
        assertThat(v.split().digest()).isEqualTo(DataSplit.trainTest(table.rows(direct.train()).rowIds(),
                table.rows(direct.test()).rowIds()).digest());
        // Pinned: a change to the split or its digest must be deliberate, since runs compare against it.
        assertThat(v.split().digest()).isEqualTo("80c87809563ed622ae0121e1b8e317f33e1160bd3a584c11cd86a003305020de");
        assertThat(v.split().ref().strategy()).isEqualTo("stratified on class, 30% test, seed 42");
    }

    @Test
    void aRandomSplitIsSeededAndItsDigestStableAcrossIngests() throws IOException {
        Path cpu = REPO.resolve("datasets/cpu.csv");
        DatasetVersion a = ingest("cpu", cpu, SplitSpec.random(0.2, 5));
        Path otherRoot = root.resolve("again");
        new ProjectStore(otherRoot).create("p", "");
        DatasetVersion b = new DatasetStore(otherRoot).ingest("p", "cpu", cpu, REPO,
                IngestOptions.defaults().withSplit(SplitSpec.random(0.2, 5))).version();
        DatasetVersion c = new DatasetStore(otherRoot).ingest("p", "cpu-seed-6", cpu, REPO,
                IngestOptions.defaults().withSplit(SplitSpec.random(0.2, 6))).version();

        assertThat(b.split()).isEqualTo(a.split());
        assertThat(c.split().digest()).isNotEqualTo(a.split().digest());
        assertThat(a.split().testRows()).isEqualTo(42L);
        assertDigestMatchesDataSplit(a, REPO);
    }

    @Test
    void aQuantileStratifiedSplitOfCpuKeepsEachTargetQuintilesShareOnBothSides() {
        DatasetVersion v = ingest("cpu", REPO.resolve("datasets/cpu.csv"),
                SplitSpec.quantileStratified("performance", 0.3, 42));
        Table table = store.read(v, REPO).table();
        double[] target = Arrays.stream(table.column("performance")).mapToDouble(Double::parseDouble).toArray();
        int[] bins = StratifiedSplit.quantileBins(target, 5);

        SplitRows rows = SplitRows.of(v.split(), table);

        assertThat(v.split().strategy()).isEqualTo(SplitStrategy.QUANTILE_STRATIFIED);
        assertThat(v.split().ref().strategy()).isEqualTo("stratified on 5 quantile bins of performance, 30% test, seed 42");
        assertThat(rows.test()).containsExactly(StratifiedSplit.ofClasses(bins, 5, 0.3, 42).test())
                .containsExactly(StratifiedSplit.ofQuantiles(target, 5, 0.3, 42).test());
        for (int b = 0; b < 5; b++) {
            int bin = b;
            long all = Arrays.stream(bins).filter(x -> x == bin).count();
            long test = Arrays.stream(rows.test()).filter(r -> bins[r] == bin).count();
            assertThat(all).as("quintile " + b).isBetween(40L, 44L);
            assertThat(test).as("test rows of quintile " + b).isEqualTo(Math.round(0.3 * all));
        }
        // The largest targets (the skewed tail) are on both sides.
        assertThat(Arrays.stream(rows.test()).filter(r -> target[r] >= 500).count()).isPositive();
        assertThat(Arrays.stream(rows.train()).filter(r -> target[r] >= 500).count()).isPositive();
        assertDigestMatchesDataSplit(v, REPO);
    }

    @Test
    void quantileBinsKeepEqualValuesTogether() {
        assertThat(StratifiedSplit.quantileBins(new double[] {5, 1, 1, 1, 1, 2, 3, 4, 9, 7}, 5))
                .containsExactly(3, 1, 1, 1, 1, 2, 2, 3, 4, 4);
        assertThat(StratifiedSplit.quantileBins(new double[0], 5)).isEmpty();
    }

    @Test
    void aQuantileStratifiedSplitRefusesAValueThatIsNotANumber() throws IOException {
        Path csv = root.resolve("bad.csv");
        Files.writeString(csv, "x,y\n1,2\n2,oops\n3,4\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ingest("bad", csv,
                SplitSpec.quantileStratified("y", 0.3, 1))).hasMessageContaining("\"oops\" is not a finite number");
    }

    @Test
    void aGroupSplitKeepsEveryGroupOnOneSide() throws IOException {
        StringBuilder csv = new StringBuilder("customer,amount\n");
        for (int i = 0; i < 200; i++) {
            csv.append("c").append(i % 37).append(',').append(i).append('\n');
        }
        Path file = Files.writeString(root.resolve("orders.csv"), csv);
        DatasetVersion v = ingest("orders", file, SplitSpec.group("customer", 0.25, 3));
        Table table = store.read(v, root).table();
        SplitRows rows = SplitRows.of(v.split(), table);

        Set<String> trainGroups = groups(table, rows.train());
        Set<String> testGroups = groups(table, rows.test());
        assertThat(testGroups).hasSize(9).doesNotContainAnyElementsOf(trainGroups);
        assertThat(trainGroups).hasSize(28);
        assertThat(rows.keys(table).groupColumn()).isEqualTo("customer");
        assertThat(v.split().description()).isEqualTo("grouped by customer, 25% of groups test, seed 3");
        assertDigestMatchesDataSplit(v, root);
    }

    @Test
    void aTimeOrderedSplitPutsTheLatestRowsInTestWithTiesInFileOrder() throws IOException {
        Path file = Files.writeString(root.resolve("events.csv"), "at,x\n2024-01-03,a\n2024-01-01,b\n2024-01-05T10:00:00Z,c\n"
                + "2024-01-02,d\n2024-01-05T10:00:00Z,e\n2024-01-04,f\n2024-01-05T10:00:00Z,g\n2024-01-01,h\n");
        DatasetVersion v = ingest("events", file, SplitSpec.timeOrdered("at", 0.25));
        Table table = store.read(v, root).table();

        SplitRows rows = SplitRows.of(v.split(), table);

        assertThat(Arrays.stream(rows.test()).mapToObj(r -> table.cell(r, "x")).toList()).containsExactly("e", "g");
        assertThat(rows.keys(table).timeColumn()).isEqualTo("at");
        assertThat(v.split().seed()).isNull();
        assertDigestMatchesDataSplit(v, root);
    }

    @Test
    void aPredefinedSplitFollowsItsColumnAndMayHaveValidationRows() throws IOException {
        Path file = Files.writeString(root.resolve("parts.csv"), "x,part\n1,train\n2,TEST\n3,validation\n4,train\n5,test\n");
        DatasetVersion v = ingest("parts", file, SplitSpec.predefined("part"));
        Table table = store.read(v, root).table();

        SplitRows rows = SplitRows.of(v.split(), table);

        assertThat(rows.train()).containsExactly(0, 3);
        assertThat(rows.validation()).containsExactly(2);
        assertThat(rows.test()).containsExactly(1, 4);
        assertThat(v.split()).extracting(DatasetSplit::trainRows, DatasetSplit::validationRows, DatasetSplit::testRows)
                .containsExactly(2L, 1L, 2L);
        assertThat(v.split().strategy()).isEqualTo(SplitStrategy.PREDEFINED);
        assertDigestMatchesDataSplit(v, root);
    }

    @Test
    void rowsOfAnotherDatasetDoNotPassForTheVersionsSplit() {
        DatasetVersion v = ingest("credit-g", REPO.resolve("datasets/credit-g.csv"), SplitSpec.random(0.3, 42));
        Table fewer = store.read(v, REPO).table().rows(IntStream.range(0, 999).toArray());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SplitRows.of(v.split(), fewer))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("they are not the rows of the dataset version the split belongs to");
    }

    @Test
    void keysAreVisitedInTextOrderAsDataSplitSortsThem() {
        for (int n : new int[] {1, 9, 10, 11, 99, 100, 101, 1000, 1234}) {
            List<Integer> visited = new ArrayList<>();
            SplitParts.inTextOrder(n, visited::add);
            List<Integer> sorted = IntStream.rangeClosed(1, n).mapToObj(Integer::toString).sorted()
                    .map(Integer::valueOf).toList();
            assertThat(visited).as("n = " + n).isEqualTo(sorted);
        }
    }

    @Test
    void theDigestOfPartsEqualsDataSplitsDigestOfTheSameKeys() {
        SplittableRandom random = new SplittableRandom(11);
        byte[] part = new byte[2345];
        List<String> train = new ArrayList<>();
        List<String> validation = new ArrayList<>();
        List<String> test = new ArrayList<>();
        for (int i = 0; i < part.length; i++) {
            part[i] = (byte) random.nextInt(3);
            (part[i] == 0 ? train : part[i] == 1 ? validation : test).add(Integer.toString(i + 1));
        }

        assertThat(new SplitParts(part).digest()).isEqualTo(new DataSplit(train, validation, test, null, null).digest());
    }

    private void assertDigestMatchesDataSplit(DatasetVersion v, Path projectDir) {
        Table table = store.read(v, projectDir).table();
        SplitRows rows = SplitRows.of(v.split(), table);
        assertThat(rows.keys(table).digest()).isEqualTo(v.split().digest());
        assertThat((long) rows.train().length).isEqualTo(v.split().trainRows());
        assertThat((long) rows.test().length).isEqualTo(v.split().testRows());
    }

    private DatasetVersion ingest(String name, Path file, SplitSpec split) {
        Path projectDir = file.startsWith(REPO) ? REPO : root;
        return store.ingest("p", name, file, projectDir, IngestOptions.defaults().withSplit(split)).version();
    }

    private static Set<String> groups(Table table, int[] rows) {
        Set<String> groups = new HashSet<>();
        for (int r : rows) {
            groups.add(table.cell(r, "customer"));
        }
        return groups;
    }
}
