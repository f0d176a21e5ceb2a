package io.modellab.tracker.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.modelcard.ColumnImportance;
import io.modellab.evalharness.core.schema.modelcard.FeatureInfo;
import io.modellab.evalharness.core.schema.modelcard.FeatureType;
import io.modellab.evalharness.core.schema.modelcard.ScalarStatistics;
import io.modellab.evalharness.core.spi.ModelDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FeatureInventoryTest {

    @Test
    void typesFollowTheDocumentedRule() {
        assertThat(FeatureInventory.typeOf(new String[] {"1", "2.5", "-3e2"})).isEqualTo(FeatureType.SCALAR);
        assertThat(FeatureInventory.typeOf(new String[] {})).as("no value at all").isEqualTo(FeatureType.SCALAR);
        assertThat(FeatureInventory.typeOf(new String[] {"{\"a\": 1}", "[1, 2]"})).isEqualTo(FeatureType.JSON);
        assertThat(FeatureInventory.typeOf(new String[] {"{not json", "[1, 2]"})).isEqualTo(FeatureType.FREE_STRING);
        assertThat(FeatureInventory.typeOf(new String[] {"a", "b", "a", "b", "1", "a"})).isEqualTo(FeatureType.SET);
        assertThat(FeatureInventory.typeOf(new String[] {"a", "b", "c"})).as("ids: every value distinct")
                .isEqualTo(FeatureType.FREE_STRING);
        String[] fiftyOne = IntStream.range(0, 204).mapToObj(i -> "v" + i % 51).toArray(String[]::new);
        String[] fifty = IntStream.range(0, 200).mapToObj(i -> "v" + i % 50).toArray(String[]::new);
        assertThat(FeatureInventory.typeOf(fiftyOne)).isEqualTo(FeatureType.FREE_STRING);
        assertThat(FeatureInventory.typeOf(fifty)).isEqualTo(FeatureType.SET);
    }

    @Test
    void statisticsAreNumpysSampleStandardDeviationAndLinearQuantiles() {
        // numpy: np.std(x, ddof=1) = 3.5355339059327378, np.quantile(x, [.1, .25, .5, .75, .9]) = [1.4, 2, 3, 4, 7.6]
        ScalarStatistics s = FeatureInventory.statistics(new String[] {"10", "1", "3", "2", "4"});

        assertThat(s.min()).isEqualTo(1.0);
        assertThat(s.max()).isEqualTo(10.0);
        assertThat(s.mean()).isEqualTo(4.0);
        assertThat(s.std()).isCloseTo(3.5355339059327378, within(1e-15));
        assertThat(List.of(s.q10(), s.q25(), s.median(), s.q75(), s.q90()))
                .usingComparatorForType((a, b) -> Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b), Double.class)
                .containsExactly(1.4, 2.0, 3.0, 4.0, 7.6);
        assertThat(FeatureInventory.statistics(new String[] {"5"}).std()).as("one value has no spread").isNull();
        assertThat(FeatureInventory.statistics(new String[] {})).isNull();
    }

    @Test
    void eachColumnGetsItsTypeCountsSamplesAndTheModelsEncoders() {
        List<String[]> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(new String[] {i == 3 ? null : Integer.toString(i), i % 3 == 0 ? "a" : i % 3 == 1 ? "b" : i < 6 ? "c" : "d",
                    "Person " + i});
            ids.add("r" + i);
        }
        Table table = Table.ofRows(List.of("age", "colour", "name"), rows, ids);
        ModelDescription model = new ModelDescription("m", null, null, null, null, "standardised", "one-hot", true);

        List<FeatureInfo> features = FeatureInventory.of(table, model);

        assertThat(features).extracting(FeatureInfo::name, FeatureInfo::type, FeatureInfo::encoderType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("age", "scalar", "standardised"),
                        org.assertj.core.groups.Tuple.tuple("colour", "set", "one-hot"),
                        org.assertj.core.groups.Tuple.tuple("name", "free_string", "one-hot"));
        assertThat(features.get(0).missingValues()).isEqualTo(1);
        assertThat(features.get(0).statistics().max()).isEqualTo(11.0);
        assertThat(features.get(1).uniqueValues()).isEqualTo(4);
        assertThat(features.get(1).sampleValues()).as("most frequent first, ties by value")
                .containsExactly("a", "b", "c", "d");
        assertThat(features.get(2).sampleValues()).as("free text may identify people").isNull();
        assertThat(features.get(2).uniqueValues()).isNull();
        assertThat(features.get(0).columnImportance().reason()).isEqualTo(ColumnImportance.INCLUDED);
        assertThat(FeatureInventory.of(table, ModelDescription.UNKNOWN).get(0))
                .satisfies(f -> {
                    assertThat(f.columnImportance()).as("unknown: not guessed").isNull();
                    assertThat(f.encoderType()).isNull();
                });
        assertThat(FeatureInventory.of(table, new ModelDescription(null, null, null, null, null, null, null, false))
                .get(1).columnImportance().weight()).isZero();
    }
}
