package io.modellab.evalharness.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.LeakageCheck;
import io.modellab.evalharness.core.schema.LeakageReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule against a minimal pipeline that breaks it, and its correct twin. */
class LeakageRulesTest {

    static final String RUN = "run-20261123-120000-0000abcd";

    /** Ten rows in time order: key, x, colour, day, patient, y. Row 10 has the only "violet". */
    static Table rows() {
        List<String[]> cells = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        String[] colours = {"red", "blue", "red", "green", "blue", "red", "green", "blue", "red", "violet"};
        for (int i = 1; i <= 10; i++) {
            cells.add(new String[] {Integer.toString(i * 10), colours[i - 1], "2026-01-" + String.format("%02d", i),
                    "p" + ((i + 1) / 2), i % 3 == 0 ? "yes" : "no"});
            keys.add(Integer.toString(i));
        }
        return Table.ofRows(List.of("x", "colour", "day", "patient", "y"), cells, keys);
    }

    static final List<String> TRAIN = List.of("1", "2", "3", "4", "5", "6", "7", "8");
    static final List<String> TEST = List.of("9", "10");

    static PipelineRecord pipeline(Table rows, DataSplit split, FitRecord... fits) {
        return new PipelineRecord(RUN, rows, "y", split, List.of(fits));
    }

    static LeakageCheck only(LeakageReport report, String rule) {
        return report.checks().stream().filter(c -> c.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void aCleanPipelinePassesEveryRuleAndSkipsWhatItDoesNotDeclare() {
        FitRecord scaler = new FitRecord("standardise x", FitRecord.SCALER, TRAIN, Map.of());

        LeakageReport report = LeakageChecker.standard().requireNoLeakage(pipeline(rows(), DataSplit.trainTest(TRAIN, TEST), scaler));

        assertThat(report.passed()).isTrue();
        assertThat(report.checks()).extracting(LeakageCheck::rule, LeakageCheck::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("split_disjoint", LeakageCheck.Status.PASS),
                org.assertj.core.groups.Tuple.tuple("fit_on_train_only", LeakageCheck.Status.PASS),
                org.assertj.core.groups.Tuple.tuple("time_ordered", LeakageCheck.Status.SKIPPED),
                org.assertj.core.groups.Tuple.tuple("groups_on_one_side", LeakageCheck.Status.SKIPPED));
    }

    @Test
    void aTestRowInTrainByKeyFailsHardNamingRuleRunAndKeys() {
        List<String> train = new ArrayList<>(TRAIN);
        train.add("9");

        assertThatThrownBy(() -> LeakageChecker.standard().requireNoLeakage(pipeline(rows(), DataSplit.trainTest(train, TEST))))
                .isInstanceOf(LeakageException.class)
                .hasMessage("leakage in run " + RUN + ":\n  rule split_disjoint failed: 1 held-out row is also in train"
                        + " by key [9], and 0 held-out rows duplicate a train row's values []");
    }

    @Test
    void aTestRowCopiedIntoTrainUnderAnotherKeyIsCaughtByContent() {
        Table base = rows();
        List<String[]> cells = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int r = 0; r < base.rowCount(); r++) {
            String[] row = new String[base.columnNames().size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = base.cell(r, base.columnNames().get(c));
            }
            cells.add(row);
            keys.add(base.rowId(r));
        }
        cells.add(cells.get(9).clone());
        keys.add("copy-of-10");
        Table withCopy = Table.ofRows(base.columnNames(), cells, keys);
        List<String> train = new ArrayList<>(TRAIN);
        train.add("copy-of-10");

        LeakageCheck check = only(LeakageChecker.standard().check(pipeline(withCopy, DataSplit.trainTest(train, TEST))),
                "split_disjoint");

        assertThat(check.status()).isEqualTo(LeakageCheck.Status.FAIL);
        assertThat(check.evidence()).containsEntry("rows_in_train_by_content", 1)
                .containsEntry("content_examples", List.of("test 10 = train copy-of-10"));
        assertThat(LeakageChecker.standard().check(pipeline(rows(), DataSplit.trainTest(TRAIN, TEST))).passed()).isTrue();
    }

    @Test
    void aScalerFitOnAllRowsFailsAndItsTwinFitOnTrainPasses() {
        List<String> all = new ArrayList<>(TRAIN);
        all.addAll(TEST);
        FitRecord leaky = new FitRecord("standardise x", FitRecord.SCALER, all, Map.of());
        FitRecord clean = new FitRecord("standardise x", FitRecord.SCALER, TRAIN, Map.of());

        assertThatThrownBy(() -> LeakageChecker.standard().requireNoLeakage(pipeline(rows(), DataSplit.trainTest(TRAIN, TEST), leaky)))
                .hasMessage("leakage in run " + RUN + ":\n  rule fit_on_train_only failed: step 'standardise x' (scaler)"
                        + " was fitted on 2 rows outside train [10, 9]");
        assertThat(LeakageChecker.standard().check(pipeline(rows(), DataSplit.trainTest(TRAIN, TEST), clean)).passed()).isTrue();
    }

    @Test
    void anEncoderFitOnAllRowsIsCaughtByItsVocabularyEvenWithoutRowsSeen() {
        FitRecord leaky = new FitRecord("one-hot colour", FitRecord.ENCODER, null,
                Map.of("colour", List.of("blue", "green", "red", "violet")));
        FitRecord clean = new FitRecord("one-hot colour", FitRecord.ENCODER, null,
                Map.of("colour", List.of("blue", "green", "red")));

        LeakageCheck check = only(LeakageChecker.standard().check(pipeline(rows(), DataSplit.trainTest(TRAIN, TEST), leaky)),
                "fit_on_train_only");

        assertThat(check.status()).isEqualTo(LeakageCheck.Status.FAIL);
        assertThat(check.message()).isEqualTo("step 'one-hot colour' (encoder) learned 1 category of column colour"
                + " that occurs only outside train [violet]");
        assertThat(only(LeakageChecker.standard().check(pipeline(rows(), DataSplit.trainTest(TRAIN, TEST), clean)),
                "fit_on_train_only").status()).isEqualTo(LeakageCheck.Status.PASS);
    }

    @Test
    void aShuffledTimeSeriesFailsAndTheOrderedTwinPasses() {
        DataSplit shuffled = new DataSplit(List.of("1", "2", "3", "4", "5", "6", "7", "10"), List.of(), List.of("8", "9"),
                "day", null);
        DataSplit ordered = new DataSplit(TRAIN, List.of(), TEST, "day", null);

        LeakageCheck check = only(LeakageChecker.standard().check(pipeline(rows(), shuffled)), "time_ordered");

        assertThat(check.status()).isEqualTo(LeakageCheck.Status.FAIL);
        assertThat(check.message()).isEqualTo("2 test rows are not after the latest train row 10 (day = 2026-01-10) [8, 9]");
        assertThat(only(LeakageChecker.standard().check(pipeline(rows(), ordered)), "time_ordered").status())
                .isEqualTo(LeakageCheck.Status.PASS);
    }

    @Test
    void validationMustSitBetweenTrainAndTest() {
        DataSplit valAfterTest = new DataSplit(List.of("1", "2", "3", "4", "5", "6"), List.of("9", "10"), List.of("7", "8"),
                "day", null);

        LeakageCheck check = only(LeakageChecker.standard().check(pipeline(rows(), valAfterTest)), "time_ordered");

        assertThat(check.status()).isEqualTo(LeakageCheck.Status.FAIL);
        assertThat(check.message()).isEqualTo("2 test rows are not after the latest validation row 10 (day = 2026-01-10) [7, 8]");
    }

    @Test
    void aGroupSplitAcrossSidesFailsAndTheGroupedTwinPasses() {
        // patient p5 holds rows 9 and 10; p4 holds rows 7 and 8.
        DataSplit across = new DataSplit(List.of("1", "2", "3", "4", "5", "6", "7", "9"), List.of(), List.of("8", "10"),
                null, "patient");
        DataSplit grouped = new DataSplit(TRAIN, List.of(), TEST, null, "patient");

        LeakageCheck check = only(LeakageChecker.standard().check(pipeline(rows(), across)), "groups_on_one_side");

        assertThat(check.status()).isEqualTo(LeakageCheck.Status.FAIL);
        assertThat(check.message()).isEqualTo("2 groups of patient (of 5) are on more than one side [p4 in test+train, p5 in test+train]");
        assertThat(only(LeakageChecker.standard().check(pipeline(rows(), grouped)), "groups_on_one_side").status())
                .isEqualTo(LeakageCheck.Status.PASS);
    }

    @Test
    void aSplitKeyThatIsNotARowIsAnErrorNotAPass() {
        assertThatThrownBy(() -> LeakageChecker.standard().check(pipeline(rows(), DataSplit.trainTest(TRAIN, List.of("99")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the split's test part names row key \"99\", which is not among the rows given");
    }

    @Test
    void theSplitDigestChangesWhenARowMovesAndNotOtherwise() {
        String digest = DataSplit.trainTest(TRAIN, TEST).digest();

        assertThat(DataSplit.trainTest(TRAIN, TEST).digest()).isEqualTo(digest).matches("[0-9a-f]{64}");
        assertThat(DataSplit.trainTest(TRAIN.subList(0, 7), List.of("8", "9", "10")).digest()).isNotEqualTo(digest);
    }
}
