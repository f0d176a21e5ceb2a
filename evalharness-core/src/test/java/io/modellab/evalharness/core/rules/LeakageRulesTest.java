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
                        + " by key [9]");
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
                        + " was fitted on 2 rows outside train [9, 10]");
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
                .hasMessage("pipeline of run " + RUN + ": the split's test part names row key \"99\", which is not among"
                        + " the rows given");
    }

    @Test
    void theSplitDigestChangesWhenARowMovesAndNotWhenTheOrderDoes() {
        String digest = DataSplit.trainTest(TRAIN, TEST).digest();
        List<String> reversed = new ArrayList<>(TRAIN);
        java.util.Collections.reverse(reversed);

        assertThat(DataSplit.trainTest(reversed, List.of("10", "9")).digest()).isEqualTo(digest).matches("[0-9a-f]{64}");
        assertThat(DataSplit.trainTest(TRAIN.subList(0, 7), List.of("8", "9", "10")).digest()).isNotEqualTo(digest);
        assertThat(new DataSplit(TRAIN.subList(0, 7), List.of("8"), TEST, null, null).digest()).isNotEqualTo(
                DataSplit.trainTest(TRAIN.subList(0, 7), List.of("8", "9", "10")).digest());
    }

    /** Rows keyed 1..n with the given time cells and a label. */
    static Table timed(String... times) {
        List<String[]> cells = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            cells.add(new String[] {times[i], i % 2 == 0 ? "yes" : "no"});
            keys.add(Integer.toString(i + 1));
        }
        return Table.ofRows(List.of("t", "y"), cells, keys);
    }

    static LeakageCheck timeCheck(Table rows, List<String> train, List<String> test) {
        return new TimeOrderRule().check(new PipelineRecord(RUN, rows, "y", new DataSplit(train, List.of(), test, "t", null),
                List.of()));
    }

    @Test
    void timesAreComparedExactlyAsNumbersOrInstantsAndATieIsNotAfter() {
        Table nanos = timed("2026-01-01T00:00:00.000000001Z", "2026-01-01T00:00:00.000000002Z");
        Table numbers = timed("1700000000000000001", "1700000000000000002", "1700000000000000002");

        assertThat(timeCheck(nanos, List.of("1"), List.of("2")).status()).as("1 ns later").isEqualTo(LeakageCheck.Status.PASS);
        assertThat(timeCheck(numbers, List.of("1"), List.of("2")).status()).as("exact big numbers").isEqualTo(LeakageCheck.Status.PASS);
        assertThat(timeCheck(numbers, List.of("1", "2"), List.of("3")).message())
                .isEqualTo("1 test row is not after the latest train row 2 (t = 1700000000000000002) [3]");
        assertThat(timeCheck(timed("2026-01-02T00:00+01:00", "2026-01-01T23:30Z"), List.of("1"), List.of("2")).status())
                .as("offsets are honoured: 23:00Z is before 23:30Z").isEqualTo(LeakageCheck.Status.PASS);
    }

    @Test
    void unreadableMissingOrMixedTimesAreErrorsThatNameTheRow() {
        assertThatThrownBy(() -> timeCheck(timed("5", "NaN"), List.of("1"), List.of("2")))
                .hasMessage("row 2 column t holds \"NaN\", expected a finite number or an ISO-8601 date or date-time");
        assertThatThrownBy(() -> timeCheck(timed("2027", "2026-06-01"), List.of("1"), List.of("2")))
                .hasMessage("time column t mixes numbers and dates: row 1 holds a number, row 2 holds \"2026-06-01\"");
        assertThatThrownBy(() -> timeCheck(timed("5", null), List.of("1"), List.of("2")))
                .hasMessage("row 2 has no value in the time column t");
    }

    @Test
    void aTokenOfAVocabularyLearnedOnlyFromTestTextIsCaught() {
        Table text = Table.ofRows(List.of("review", "y"), List.of(new String[] {"Great phone, works", "yes"},
                new String[] {"broken on arrival", "no"}, new String[] {"Refund please!", "no"}), List.of("1", "2", "3"));
        FitRecord vocabulary = new FitRecord("tf-idf vocabulary", FitRecord.VOCABULARY, null,
                Map.of("review", List.of("arrival", "broken", "great", "on", "phone", "refund", "works")));

        LeakageCheck check = new FitOnTrainOnlyRule().check(new PipelineRecord(RUN, text, "y",
                DataSplit.trainTest(List.of("1", "2"), List.of("3")), List.of(vocabulary)));

        assertThat(check.status()).isEqualTo(LeakageCheck.Status.FAIL);
        assertThat(check.message()).isEqualTo("step 'tf-idf vocabulary' (vocabulary) learned 1 token of column review"
                + " that occurs only outside train [refund]");
    }

    @Test
    void stepsThatRecordedNothingAreNotReportedAsChecked() {
        FitRecord silent = new FitRecord("opaque step", FitRecord.SELECTOR, null, Map.of());

        LeakageCheck check = new FitOnTrainOnlyRule().check(pipeline(rows(), DataSplit.trainTest(TRAIN, TEST), silent));

        assertThat(check.status()).isEqualTo(LeakageCheck.Status.SKIPPED);
        assertThat(check.message()).isEqualTo("no fitted step recorded its rows or what it learned");
    }
}
