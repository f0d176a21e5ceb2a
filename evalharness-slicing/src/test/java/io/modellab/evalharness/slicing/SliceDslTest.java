package io.modellab.evalharness.slicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.metrics.BinaryPredictions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every slice kind on six hand-checked rows. */
class SliceDslTest {

    // row: city, age, query text; row 5 has every feature missing.
    static final String[][] ROWS = {
        {"Oslo", "20", "red shoes"},
        {"Oslo", "35", "red shoes"},
        {"Rome", "35.5", "cheap flights to rome"},
        {"Rome", null, "shoes"},
        {"Lima", "x", "red shoes"},
        {null, null, null},
    };
    static final boolean[] ACTUAL = {true, false, true, false, true, false};
    static final double[] SCORE = {0.9, 0.6, 0.3, 0.1, 0.5, 0.5};

    static Table table() {
        List<String[]> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ROWS.length; i++) {
            rows.add(ROWS[i]);
            ids.add("id" + i);
        }
        return Table.ofRows(List.of("city", "age", "q"), rows, ids);
    }

    static SliceData data() {
        return SliceData.classification(table(), new BinaryPredictions("yes", "no", ACTUAL, SCORE, 0.5));
    }

    @Test
    void categoricalEqualityAndSetMembershipWithMissingAsAValue() {
        assertThat(Slices.rows(Slices.in("city", "Oslo"), data())).containsExactly(0, 1);
        assertThat(Slices.rows(Slices.in("city", "Rome", null), data())).containsExactly(2, 3, 5);
        assertThat(Slices.rows(Slices.in("city", "Paris"), data())).isEmpty();
    }

    @Test
    void numericRangesAreClosedBelowOpenAboveAndSkipMissingOrTextCells() {
        assertThat(Slices.rows(Slices.range("age", 20.0, 35.0), data())).containsExactly(0);
        assertThat(Slices.rows(Slices.range("age", 35.0, null), data())).containsExactly(1, 2);
        assertThat(Slices.rows(Slices.range("age", null, null), data())).containsExactly(0, 1, 2);
    }

    @Test
    void aCellIsReadAsAFiniteNumberOrNaN() {
        assertThat(Slices.number(" 42 ")).isEqualTo(42.0);
        assertThat(Slices.number("-1.5e3")).isEqualTo(-1500.0);
        assertThat(Slices.number("+.5")).isEqualTo(0.5);
        assertThat(Slices.number("0x1p3")).isEqualTo(8.0);
        assertThat(Slices.number("7d")).isEqualTo(7.0);
        for (String notANumber : new String[] {null, "", "  ", "north", "NaN", "Infinity", "-Infinity", "1e999",
                "2-4", "e5", "\u00e91"}) {
            assertThat(Slices.number(notANumber)).as(String.valueOf(notANumber)).isNaN();
        }
    }

    @Test
    void missingShareCountsMissingFeaturesPerRow() {
        // Shares: 0, 0, 0, 1/3, 0, 1.
        assertThat(Slices.rows(Slices.missingShare(null, 0.1), data())).containsExactly(0, 1, 2, 4);
        assertThat(Slices.rows(Slices.missingShare(0.1, 0.5), data())).containsExactly(3);
        assertThat(Slices.rows(Slices.missingShare(0.5, null), data())).containsExactly(5);
    }

    @Test
    void confidenceActualAndPredictedClass() {
        // Confidence: 0.9, 0.6, 0.7, 0.9, 0.5, 0.5; predicted: yes, yes, no, no, yes, yes.
        assertThat(Slices.rows(Slices.confidence(0.5, 0.7), data())).containsExactly(1, 4, 5);
        assertThat(Slices.rows(Slices.confidence(0.9, null), data())).containsExactly(0, 3);
        assertThat(Slices.rows(Slices.actualClass("yes"), data())).containsExactly(0, 2, 4);
        assertThat(Slices.rows(Slices.predictedClass("no"), data())).containsExactly(2, 3);
    }

    @Test
    void targetRangesOfARegression() {
        SliceData regression = SliceData.regression(table(), new double[] {1, 2, 3, 4, 5, 6});
        assertThat(Slices.rows(Slices.target(2.0, 4.0), regression)).containsExactly(1, 2);
        assertThatThrownBy(() -> Slices.rows(Slices.confidence(0.5, null), regression))
                .hasMessage("a confidence slice needs the model's confidence, which these rows do not have");
    }

    @Test
    void queryLengthAndFrequency() {
        // Tokens: 2, 2, 4, 1, 2, 0; "red shoes" occurs 3 times.
        assertThat(Slices.rows(Slices.queryLength("q", null, 2.0), data())).containsExactly(3, 5);
        assertThat(Slices.rows(Slices.queryLength("q", 3.0, null), data())).containsExactly(2);
        assertThat(Slices.rows(Slices.queryFrequency("q", 2.0, null), data())).containsExactly(0, 1, 4);
    }

    @Test
    void andIntersectsItsParts() {
        SliceDefinition risky = Slices.and(Slices.in("city", "Oslo", "Lima"), Slices.actualClass("yes"));
        assertThat(Slices.rows(risky, data())).containsExactly(0, 4);
        assertThat(risky.describe()).isEqualTo("city in [Oslo, Lima] AND actual = yes");
    }

    @Test
    void aFamilyFindsTheSameRowsInOnePassAsSliceBySlice() {
        List<SliceDefinition> ranges = List.of(Slices.confidence(0.7, null), Slices.confidence(null, 0.6),
                Slices.confidence(0.6, 0.7));
        SliceFamily family = new SliceFamily("c", ranges);
        int[][] rows = family.rows(data());
        for (int s = 0; s < ranges.size(); s++) {
            assertThat(rows[s]).containsExactly(Slices.rows(ranges.get(s), data()));
        }
        List<SliceDefinition> sets = List.of(Slices.in("city", "Rome"), Slices.in("city", null, "Oslo"));
        int[][] setRows = new SliceFamily("s", sets).rows(data());
        assertThat(setRows[0]).containsExactly(2, 3);
        assertThat(setRows[1]).containsExactly(0, 1, 5);
        // Overlapping ranges are picked slice by slice, so a row may be in both.
        int[][] overlapping = new SliceFamily("o", List.of(Slices.confidence(null, 0.8), Slices.confidence(0.6, null)))
                .rows(data());
        assertThat(overlapping[0]).containsExactly(1, 2, 4, 5);
        assertThat(overlapping[1]).containsExactly(0, 1, 2, 3);
    }

    @Test
    void anUnknownColumnIsNamed() {
        assertThatThrownBy(() -> Slices.rows(Slices.in("town", "Oslo"), data()))
                .hasMessage("slice column \"town\" is not a feature; features are [city, age, q]");
    }
}
