package io.modellab.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.rules.FitRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;

class TabularEncodingTest {

    // n: 1, 2, 6 and one missing; c: x, x, y and one missing
    private static final Table TRAIN = Table.ofRows(List.of("n", "c"), Arrays.asList(new String[] {"1", "x"},
            new String[] {"2", "x"}, new String[] {"6", "y"}, new String[] {null, null}), List.of("a", "b", "c", "d"));

    private static Map<String, Double> values(Example<Label> example) {
        java.util.Map<String, Double> out = new java.util.TreeMap<>();
        for (Feature f : example) {
            out.put(f.getName(), f.getValue());
        }
        return out;
    }

    @Test
    void eachStepIsFittedOnTheTrainRowsAndRecordsWhatItLearned() {
        TabularEncoding encoding = TabularEncoding.fit(TRAIN, NumericFill.MEAN, true);
        List<FitRecord> fits = encoding.fitRecords();

        assertThat(fits).extracting(FitRecord::kind)
                .containsExactly(FitRecord.IMPUTER, FitRecord.SCALER, FitRecord.ENCODER);
        assertThat(fits).allSatisfy(f -> assertThat(f.rowsSeen()).containsExactly("a", "b", "c", "d"));
        assertThat(fits.get(0).statistics()).isEqualTo(Map.of("n", Map.of("fill", 3.0)));
        assertThat(fits.get(0).categories()).as("the most frequent category fills").isEqualTo(Map.of("c", List.of("x")));
        // imputed values 1, 2, 6, 3: mean 3, sd sqrt(14 / 3)
        assertThat(fits.get(1).statistics().get("n").get("mean")).isEqualTo(3.0);
        assertThat(fits.get(1).statistics().get("n").get("sd")).isCloseTo(Math.sqrt(14.0 / 3), within(1e-15));
        assertThat(fits.get(2).categories()).isEqualTo(Map.of("c", List.of("x", "y")));
    }

    @Test
    void missingCellsAreImputedNumbersScaledAndUnseenCategoriesGetNoIndicator() {
        TabularEncoding encoding = TabularEncoding.fit(TRAIN, NumericFill.MEDIAN, true);
        Table later = Table.ofRows(List.of("n", "c"), Arrays.asList(new String[] {null, "z"}, new String[] {"4", null}),
                List.of("e", "f"));
        double sd = encoding.fitRecords().get(1).statistics().get("n").get("sd");
        double mean = encoding.fitRecords().get(1).statistics().get("n").get("mean");

        assertThat(encoding.fitRecords().get(0).statistics().get("n").get("fill")).as("median of 1, 2, 6").isEqualTo(2.0);
        assertThat(values(encoding.example(later, 0, LabelFactory.UNKNOWN_LABEL)))
                .as("unseen category z: no indicator at all").containsOnlyKeys("n")
                .containsEntry("n", (2.0 - mean) / sd);
        assertThat(values(encoding.example(later, 1, LabelFactory.UNKNOWN_LABEL)))
                .containsEntry("n", (4.0 - mean) / sd).containsEntry("c=x", 1.0).hasSize(2);
    }

    @Test
    void withoutScalingThereIsNoScalerStepAndNumbersStayAsTheyAre() {
        TabularEncoding encoding = TabularEncoding.fit(TRAIN);

        assertThat(encoding.fitRecords()).extracting(FitRecord::kind).containsExactly(FitRecord.IMPUTER, FitRecord.ENCODER);
        assertThat(values(encoding.example(TRAIN, 2, LabelFactory.UNKNOWN_LABEL))).isEqualTo(Map.of("n", 6.0, "c=y", 1.0));
    }

    @Test
    void theSignatureRebuildsAnEncodingThatEncodesEveryRowTheSame() {
        TabularEncoding encoding = TabularEncoding.fit(TRAIN, NumericFill.MEAN, true);
        TabularEncoding rebuilt = TabularEncoding.fromSignature(encoding.features(), encoding.steps());

        for (int r = 0; r < TRAIN.rowCount(); r++) {
            assertThat(values(rebuilt.example(TRAIN, r, LabelFactory.UNKNOWN_LABEL)))
                    .isEqualTo(values(encoding.example(TRAIN, r, LabelFactory.UNKNOWN_LABEL)));
        }
        assertThat(rebuilt.steps()).isEqualTo(encoding.steps());
    }
}
