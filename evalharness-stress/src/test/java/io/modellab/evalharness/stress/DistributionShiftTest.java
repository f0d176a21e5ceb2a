package io.modellab.evalharness.stress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.data.Predictor;
import io.modellab.evalharness.core.schema.Degradation;
import io.modellab.evalharness.core.schema.SliceDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Train without part of a segment, test on that segment: credit-g's applicants with no checking account. */
class DistributionShiftTest {

    static final LabelledRows TRAIN = CreditG.train();
    static final LabelledRows TEST = CreditG.test();
    static final List<String> MODEL_COLUMNS = List.of("checking_status", "credit_history");
    static final SliceDefinition NO_CHECKING = new SliceDefinition(SliceDefinition.COLUMN_IN, "checking_status",
            List.of("no checking"));

    /** The training rows of every call, in call order. */
    final List<Set<String>> trained = new ArrayList<>();

    DistributionShift<Predictor> shift() {
        return new DistributionShift<>(NO_CHECKING, new Retraining<>(TRAIN, rows -> {
            trained.add(new HashSet<>(rows.features().rowIds()));
            return LookupModel.fit(rows, MODEL_COLUMNS);
        }));
    }

    static int count(LabelledRows rows, String value) {
        return (int) rows.features().rowIds().stream()
                .filter(id -> value.equals(rows.features().cell(rows.features().rowPosition(id), "checking_status")))
                .count();
    }

    @Test
    void eachSeverityWithholdsItsShareOfTheSegmentsTrainingRowsAndTestsOnTheSegmentOnly() {
        StressOptions options = StressOptions.of(42).withSeverities(List.of(0.2, 0.5, 1.0));

        DegradationTable table = new StressSweep<>(options, CreditG.TASK)
                .run(LookupModel.fit(TRAIN, MODEL_COLUMNS), TEST, List.of(), shift());

        int segmentTrain = count(TRAIN, "no checking");
        int segmentTest = count(TEST, "no checking");
        assertThat(table.corruptions()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("distribution_shift[checking_status = no checking]");
            assertThat(c.kind()).isEqualTo("distribution_shift");
            assertThat(c.columns()).containsExactly("checking_status");
        });
        assertThat(table.rows()).extracting(Degradation::severity).containsExactly(0.0, 0.2, 0.5, 1.0);
        assertThat(table.rows()).extracting(Degradation::rows).containsOnly(segmentTest);
        assertThat(table.rows()).extracting(Degradation::touched).containsExactly(0,
                (int) Math.round(0.2 * segmentTrain), (int) Math.round(0.5 * segmentTrain), segmentTrain);
        // One training on every row (the clean side), one per severity above 0.
        assertThat(trained).hasSize(4);
        Set<String> all = trained.get(0);
        assertThat(all).hasSize(TRAIN.size());
        List<Set<String>> withheld = new ArrayList<>();
        for (Set<String> rows : trained.subList(1, 4)) {
            Set<String> missing = new HashSet<>(all);
            missing.removeAll(rows);
            assertThat(missing).allSatisfy(id -> assertThat(TRAIN.features()
                    .cell(TRAIN.features().rowPosition(id), "checking_status")).isEqualTo("no checking"));
            withheld.add(missing);
        }
        assertThat(withheld.get(1)).containsAll(withheld.get(0));
        assertThat(withheld.get(2)).containsAll(withheld.get(1)).hasSize(segmentTrain);

        Degradation clean = table.rows().get(0);
        assertThat(clean.metrics()).allSatisfy(m -> assertThat(List.of(m.delta(), m.ciLower(), m.ciUpper()))
                .containsOnly(0.0));
        // Never having seen the segment, the model no longer knows that "no checking" is the safest category: it
        // starts to flag some of these applicants bad (F1 on bad leaves 0), and accuracy on them falls.
        Degradation never = table.rows().get(3);
        assertThat(never.metric("f1").clean()).isZero();
        assertThat(never.metric("f1").value()).isGreaterThan(0.1);
        assertThat(never.metric("accuracy").delta()).isNegative();
        assertThat(never.metric("accuracy").ciLower()).isLessThan(never.metric("accuracy").delta());
    }

    @Test
    void aSegmentWithoutTestRowsIsRefused() {
        SliceDefinition nowhere = new SliceDefinition(SliceDefinition.COLUMN_IN, "checking_status", List.of("nowhere"));

        assertThatThrownBy(() -> new StressSweep<>(StressOptions.of(1), CreditG.TASK).run(
                LookupModel.fit(TRAIN, MODEL_COLUMNS), TEST, List.of(),
                new DistributionShift<>(nowhere, new Retraining<Predictor>(TRAIN, rows -> LookupModel.fit(rows, MODEL_COLUMNS)))))
                .hasMessageContaining("no test row is in the shift's segment checking_status = nowhere");
    }
}
