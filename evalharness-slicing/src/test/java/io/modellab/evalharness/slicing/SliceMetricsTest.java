package io.modellab.evalharness.slicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.SliceResult;
import io.modellab.evalharness.metrics.BinaryPredictions;
import io.modellab.evalharness.metrics.Bootstrap;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SliceMetricsTest {

    /**
     * The one-pass binary evaluation must give every slice the bits of the slice-by-slice path: scores with many
     * ties (few distinct values) and with none, -0.0 beside 0.0, an empty slice, one-class slices, and slices that are
     * not a partition (evaluated alone).
     */
    @ParameterizedTest
    @ValueSource(ints = {2, 9, 1000, 1_000_000})
    void onePassBinarySlicesEqualSliceBySlice(int distinctScores) {
        SplittableRandom random = new SplittableRandom(distinctScores);
        int n = 3000;
        boolean[] actual = new boolean[n];
        double[] score = new double[n];
        List<String[]> cells = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            actual[i] = random.nextDouble() < 0.35;
            score[i] = Math.min(1, (random.nextInt(distinctScores) + (actual[i] ? 0.4 * distinctScores : 0))
                    / (double) distinctScores);
            // "pure" holds only negatives, so its ROC-AUC is undefined; "rare" is small.
            String segment = !actual[i] && i % 7 == 0 ? "pure" : i % 97 == 0 ? "rare" : "s" + random.nextInt(4);
            cells.add(new String[] {segment, random.nextDouble() < 0.1 ? null : Integer.toString(random.nextInt(50))});
            ids.add(Integer.toString(i));
        }
        score[0] = -0.0;
        score[1] = 0.0;
        score[2] = 0.0;
        BinaryPredictions p = new BinaryPredictions("yes", "no", actual, score, 0.5);
        Table table = Table.ofRows(List.of("segment", "age"), cells, ids);
        SliceData data = SliceData.classification(table, p);
        List<SliceFamily> families = new ArrayList<>(DefaultSlices.SPEC.classification(data, "segment").families());
        families.add(new SliceFamily("overlapping", List.of(Slices.confidence(null, 0.8), Slices.confidence(0.6, null),
                Slices.and(Slices.in("segment", "s1"), Slices.range("age", 10.0, 30.0)))));
        families.add(new SliceFamily("empty", List.of(Slices.in("segment", "nowhere"), Slices.in("segment", "pure"))));
        Bootstrap.Options options = Bootstrap.Options.of(300, 5, 0.95);

        List<SliceResult> bySlice = new SliceRunner(p::metrics, 30, BinaryPredictions.ACCURACY, true,
                SliceInterval.accuracy(p, options)).run(families, data, p.metrics(p.allRows())).slices();
        List<SliceResult> onePass = new SliceRunner(SliceMetrics.binary(p, options), 30, BinaryPredictions.ACCURACY,
                true).run(families, data, p.metrics(p.allRows())).slices();

        assertThat(onePass).containsExactlyElementsOf(bySlice);
        assertThat(onePass).anySatisfy(r -> assertThat(r.sampleSize()).isZero());
        assertThat(onePass).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("segment = pure");
            assertThat(r.metrics()).anySatisfy(m -> {
                assertThat(m.name()).isEqualTo(BinaryPredictions.ROC_AUC);
                assertThat(m.value()).isNull();
            });
        });
        assertThat(onePass).filteredOn(r -> r.interval() != null).hasSizeGreaterThan(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {BinaryPredictions.ROC_AUC, BinaryPredictions.F1})
    void onePassBinarySlicesGiveAnAccuracyIntervalOnly(String headline) {
        BinaryPredictions p = new BinaryPredictions("yes", "no", new boolean[] {true, false}, new double[] {0.7, 0.2},
                0.5);
        SliceMetrics metrics = SliceMetrics.binary(p, Bootstrap.Options.of(10, 1, 0.95));
        assertThatThrownBy(() -> metrics.evaluate(new int[] {0, 0}, 1, headline))
                .hasMessageContaining("interval of accuracy only, not of " + headline);
        assertThat(SliceMetrics.binary(p, null).evaluate(new int[] {0, -1}, 1, headline))
                .singleElement().satisfies(o -> assertThat(o.size()).isEqualTo(1));
    }
}
