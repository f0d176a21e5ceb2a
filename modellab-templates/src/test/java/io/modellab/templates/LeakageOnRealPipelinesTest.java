package io.modellab.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.rules.DataSplit;
import io.modellab.evalharness.core.rules.LeakageChecker;
import io.modellab.evalharness.core.rules.LeakageException;
import io.modellab.evalharness.core.rules.PipelineRecord;
import io.modellab.tracker.data.CsvDatasets;
import io.modellab.tracker.data.LoadedDataset;
import io.modellab.tracker.data.StratifiedSplit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The leakage rules on Tribuo pipelines trained on credit-g: two broken ones and their correct twin. */
class LeakageOnRealPipelinesTest {

    private static final String RUN = "run-20261123-120000-00000042";
    private static final LoadedDataset DATA = CsvDatasets.read("credit-g", Path.of("../datasets/credit-g.csv"), Path.of(".."));
    private static final String[] LABELS = DATA.table().column("class");
    private static final StratifiedSplit SPLIT = StratifiedSplit.of(LABELS, 0.3, 42);
    private static final Table FEATURES = DATA.table().withoutColumns("class");

    private static List<String> keys(int[] rows) {
        return Arrays.stream(rows).mapToObj(r -> DATA.table().rowId(r)).toList();
    }

    private static String[] labels(int[] rows) {
        return Arrays.stream(rows).mapToObj(r -> LABELS[r]).toArray(String[]::new);
    }

    private static PipelineRecord record(Table rows, DataSplit split, TribuoPredictor model) {
        return new PipelineRecord(RUN, rows, "class", split, model.fitRecords());
    }

    @Test
    void theTemplatePipelinePasses() {
        TribuoPredictor model = ClassifierTraining.train(ClassifierTemplate.LOGISTIC_REGRESSION,
                FEATURES.rows(SPLIT.train()), labels(SPLIT.train()), 42);

        assertThat(LeakageChecker.standard().check(record(DATA.table(), DataSplit.trainTest(keys(SPLIT.train()),
                keys(SPLIT.test())), model)).passed()).isTrue();
        assertThat(model.fitRecords()).extracting(f -> f.kind()).containsExactly("imputer", "scaler", "encoder");
    }

    @Test
    void anEncoderFitOnAllRowsFailsTheRun() {
        TabularEncoding fitOnAll = TabularEncoding.fit(FEATURES);
        TribuoPredictor model = ClassifierTraining.train(ClassifierTemplate.LOGISTIC_REGRESSION, fitOnAll,
                FEATURES.rows(SPLIT.train()), labels(SPLIT.train()), 42);

        assertThatThrownBy(() -> LeakageChecker.standard().requireNoLeakage(record(DATA.table(),
                DataSplit.trainTest(keys(SPLIT.train()), keys(SPLIT.test())), model)))
                .isInstanceOf(LeakageException.class)
                .hasMessageStartingWith("leakage in run " + RUN + ":\n  rule fit_on_train_only failed:"
                        + " step 'impute missing cells' (imputer) was fitted on 300 rows outside train [");
    }

    @Test
    void aTestRowCopiedIntoTrainFailsTheRun() {
        int copied = SPLIT.test()[0];
        List<String[]> cells = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < DATA.table().rowCount(); r++) {
            int row = r;
            cells.add(DATA.table().columnNames().stream().map(c -> DATA.table().cell(row, c)).toArray(String[]::new));
            ids.add(DATA.table().rowId(r));
        }
        cells.add(cells.get(copied).clone());
        ids.add("copy");
        Table withCopy = Table.ofRows(DATA.table().columnNames(), cells, ids);
        int[] train = IntStream.concat(Arrays.stream(SPLIT.train()), IntStream.of(withCopy.rowCount() - 1)).toArray();
        TribuoPredictor model = ClassifierTraining.train(ClassifierTemplate.LOGISTIC_REGRESSION,
                withCopy.withoutColumns("class").rows(train), Arrays.stream(train)
                        .mapToObj(r -> withCopy.cell(r, "class")).toArray(String[]::new), 42);
        List<String> trainKeys = Arrays.stream(train).mapToObj(withCopy::rowId).toList();

        assertThatThrownBy(() -> LeakageChecker.standard().requireNoLeakage(record(withCopy,
                DataSplit.trainTest(trainKeys, keys(SPLIT.test())), model)))
                .hasMessage("leakage in run " + RUN + ":\n  rule split_disjoint failed: 1 held-out row has the same"
                        + " feature and label values as a train row [test " + DATA.table().rowId(copied) + " = train copy]");
    }
}
