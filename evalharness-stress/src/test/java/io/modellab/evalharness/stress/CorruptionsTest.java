package io.modellab.evalharness.stress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.modellab.evalharness.core.data.Cells;
import io.modellab.evalharness.core.data.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each corruption on credit-g's 300 test rows: how many cells it touches, and that it touches nothing else. */
class CorruptionsTest {

    static final LabelledRows TEST = CreditG.test();
    static final List<String> NUMERIC = ColumnKinds.numeric(TEST.features());
    static final List<String> CATEGORICAL = ColumnKinds.categorical(TEST.features());
    static final long SEED = 7;

    static Stream<Corruption> every() {
        return Stream.of(MissingValues.acrossColumns(TEST.features().columnNames()), MissingValues.inColumn("purpose"),
                LabelNoise.among(CreditG.TASK.labels()), new ShuffleColumn("credit_amount"),
                GaussianNoise.onColumns(NUMERIC), CategorySwap.onColumns(CATEGORICAL));
    }

    /** Cells that differ between two tables of the same shape, as "column/row". */
    static Set<String> changedCells(Table a, Table b) {
        Set<String> out = new HashSet<>();
        for (String column : a.columnNames()) {
            for (int r = 0; r < a.rowCount(); r++) {
                if (!Objects.equals(a.cell(r, column), b.cell(r, column))) {
                    out.add(column + "/" + r);
                }
            }
        }
        return out;
    }

    static int presentCells(Table t, List<String> columns) {
        int n = 0;
        for (String column : columns) {
            n += (int) Arrays.stream(t.column(column)).filter(Objects::nonNull).count();
        }
        return n;
    }

    @Test
    void credit_gHasBothKindsOfColumns() {
        assertThat(NUMERIC).contains("duration", "credit_amount", "age").hasSize(7);
        assertThat(CATEGORICAL).contains("checking_status", "purpose").hasSize(13);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.2, 0.4, 1.0})
    void missingValuesMaskExactlyTheShareOfPresentCellsAndNothingElse(double severity) {
        Table clean = TEST.features();
        int present = presentCells(clean, clean.columnNames());

        Corruption.Corrupted out = MissingValues.acrossColumns(clean.columnNames()).apply(TEST, severity, SEED);

        Set<String> changed = changedCells(clean, out.rows().features());
        assertThat(changed).hasSize((int) Math.round(severity * present));
        assertThat(out.touched()).isEqualTo(changed.size());
        for (String cell : changed) {
            String[] at = cell.split("/");
            assertThat(out.rows().features().cell(Integer.parseInt(at[1]), at[0])).isNull();
        }
        assertThat(out.rows().labels()).isEqualTo(TEST.labels());
        // Spread across columns, not one column emptied.
        assertThat(changed.stream().map(c -> c.split("/")[0]).distinct().count()).isGreaterThan(10);
    }

    @Test
    void missingValuesInOneColumnStayInThatColumn() {
        Corruption.Corrupted out = MissingValues.inColumn("purpose").apply(TEST, 0.2, SEED);

        assertThat(changedCells(TEST.features(), out.rows().features())).hasSize(60)
                .allSatisfy(c -> assertThat(c).startsWith("purpose/"));
        assertThat(out.rows().features().column("purpose")).filteredOn(Objects::isNull).hasSize(60);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.1, 0.2, 0.4})
    void labelNoiseFlipsExactlyTheShareOfLabelsAndKeepsTheFeatures(double severity) {
        Corruption.Corrupted out = LabelNoise.among(CreditG.TASK.labels()).apply(TEST, severity, SEED);

        int flipped = 0;
        for (int i = 0; i < TEST.size(); i++) {
            flipped += TEST.labels().get(i).equals(out.rows().labels().get(i)) ? 0 : 1;
        }
        assertThat(flipped).isEqualTo((int) Math.round(severity * 300)).isEqualTo(out.touched());
        assertThat(out.rows().labels()).containsOnly("good", "bad");
        assertThat(out.rows().features()).isSameAs(TEST.features());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.2, 0.4, 1.0})
    void aShuffleMovesExactlyTheShareOfRowsWithinOneColumnAndKeepsItsValues(double severity) {
        // A column of distinct values, so that every reassigned cell is a changed cell.
        String[] ids = TEST.features().rowIds().stream().map(id -> "v" + id).toArray(String[]::new);
        LabelledRows rows = CreditG.withColumn(TEST, "distinct", ids);

        Corruption.Corrupted out = new ShuffleColumn("distinct").apply(rows, severity, SEED);

        Set<String> changed = changedCells(rows.features(), out.rows().features());
        assertThat(changed).hasSize((int) Math.round(severity * 300)).hasSize(out.touched())
                .allSatisfy(c -> assertThat(c).startsWith("distinct/"));
        assertThat(out.rows().features().column("distinct")).containsExactlyInAnyOrder(ids);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.4, 1.0})
    void gaussianNoiseMovesEveryNumericCellByItsShareOfTheColumnsSpread(double severity) {
        Table clean = CreditG.all().features();
        Corruption.Corrupted out = GaussianNoise.onColumns(NUMERIC).apply(CreditG.all(), severity, SEED);

        Set<String> changed = changedCells(clean, out.rows().features());
        assertThat(changed).hasSize(presentCells(clean, NUMERIC)).hasSize(out.touched());
        assertThat(changed).allSatisfy(c -> assertThat(NUMERIC).contains(c.split("/")[0]));
        for (String column : NUMERIC) {
            double[] before = Arrays.stream(clean.column(column)).mapToDouble(Double::parseDouble).toArray();
            double[] after = Arrays.stream(out.rows().features().column(column)).mapToDouble(Cells::finiteNumber).toArray();
            double sd = sd(before);
            double[] z = new double[before.length];
            for (int i = 0; i < z.length; i++) {
                z[i] = (after[i] - before[i]) / (severity * sd);
            }
            // The scaled noise is standard normal: mean 0 and sd 1, within what 1000 draws allow.
            assertThat(Arrays.stream(z).average().orElseThrow()).as(column).isCloseTo(0, within(0.12));
            assertThat(sd(z)).as(column).isCloseTo(1, within(0.08));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.2, 0.4})
    void aCategorySwapChangesExactlyTheShareOfCategoricalCellsToAnotherSeenCategory(double severity) {
        Table clean = TEST.features();

        Corruption.Corrupted out = CategorySwap.onColumns(CATEGORICAL).apply(TEST, severity, SEED);

        Set<String> changed = changedCells(clean, out.rows().features());
        assertThat(changed).hasSize((int) Math.round(severity * presentCells(clean, CATEGORICAL)))
                .hasSize(out.touched());
        for (String cell : changed) {
            String column = cell.split("/")[0];
            int row = Integer.parseInt(cell.split("/")[1]);
            assertThat(CATEGORICAL).contains(column);
            assertThat(Arrays.asList(clean.column(column))).contains(out.rows().features().cell(row, column));
        }
    }

    @ParameterizedTest
    @MethodSource("every")
    void severityZeroReturnsTheCleanRows(Corruption corruption) {
        Corruption.Corrupted out = corruption.apply(TEST, 0.0, SEED);

        assertThat(changedCells(TEST.features(), out.rows().features())).isEmpty();
        assertThat(out.rows().labels()).isEqualTo(TEST.labels());
        assertThat(out.rows().features().rowIds()).isEqualTo(TEST.features().rowIds());
        assertThat(out.touched()).isZero();
    }

    @ParameterizedTest
    @MethodSource("every")
    void theSameSeedGivesTheSameCopyAnotherSeedAnotherAndTheInputIsNeverChanged(Corruption corruption) {
        List<String[]> before = new ArrayList<>();
        TEST.features().columnNames().forEach(c -> before.add(TEST.features().column(c)));

        Corruption.Corrupted a = corruption.apply(TEST, 0.3, SEED);
        Corruption.Corrupted b = corruption.apply(TEST, 0.3, SEED);
        Corruption.Corrupted other = corruption.apply(TEST, 0.3, SEED + 1);

        assertThat(changedCells(a.rows().features(), b.rows().features())).isEmpty();
        assertThat(a.rows().labels()).isEqualTo(b.rows().labels());
        assertThat(changedCells(a.rows().features(), other.rows().features()).isEmpty()
                && a.rows().labels().equals(other.rows().labels())).as("another seed changes other cells").isFalse();
        for (int c = 0; c < before.size(); c++) {
            assertThat(TEST.features().column(TEST.features().columnNames().get(c))).isEqualTo(before.get(c));
        }
    }

    @ParameterizedTest
    @MethodSource("every")
    void aHigherSeverityTouchesASupersetOfTheCells(Corruption corruption) {
        LabelledRows low = corruption.apply(TEST, 0.1, SEED).rows();
        LabelledRows high = corruption.apply(TEST, 0.4, SEED).rows();

        Set<String> lowCells = changedCells(TEST.features(), low.features());
        Set<String> highCells = changedCells(TEST.features(), high.features());
        if (corruption instanceof ShuffleColumn) {
            // Equal values may swap places: the rows picked are nested, the changed cells nearly so.
            assertThat(highCells.size()).isGreaterThan(lowCells.size());
        } else {
            assertThat(highCells).containsAll(lowCells);
        }
        for (int i = 0; i < TEST.size(); i++) {
            if (!TEST.labels().get(i).equals(low.labels().get(i))) {
                assertThat(high.labels().get(i)).isEqualTo(low.labels().get(i));
            }
        }
    }

    @Test
    void severitiesOutsideZeroToOneAndEmptyColumnListsAreRefused() {
        assertThatThrownBy(() -> new ShuffleColumn("age").apply(TEST, 1.2, SEED)).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> MissingValues.acrossColumns(List.of()).describe()).hasMessageContaining("at least one");
        assertThatThrownBy(() -> LabelNoise.among(List.of("bad"))).hasMessageContaining("two labels");
        assertThatThrownBy(() -> GaussianNoise.onColumn("purpose").apply(TEST, 0.1, SEED))
                .hasMessageContaining("needs numbers");
    }

    private static double sd(double[] values) {
        double mean = Arrays.stream(values).average().orElseThrow();
        return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / values.length);
    }
}
