package io.modellab.tracker.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.schema.ColumnType;
import io.modellab.evalharness.core.schema.DatasetVersion;
import io.modellab.tracker.ProjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetDiffTest {

    @TempDir
    Path root;

    @Test
    void addedRemovedAndRetypedColumnsAndTheProfileShifts() throws IOException {
        new ProjectStore(root).create("p", "");
        DatasetStore store = new DatasetStore(root);
        Path v1File = Files.writeString(root.resolve("v1.csv"), "id,age,city,dropped\n1,30,Oslo,x\n2,40,Oslo,y\n3,,Rome,z\n");
        Path v2File = Files.writeString(root.resolve("v2.csv"), "id,age,city,added\n1,30,Oslo,1\n2,50,Rome,2\n3,x,Rome,3\n");
        DatasetVersion v1 = store.ingest("p", "people", v1File, root, IngestOptions.defaults()).version();
        DatasetVersion v2 = store.ingest("p", "people", v2File, root, IngestOptions.defaults()).version();

        DatasetDiff diff = DatasetDiff.between(v1, v2);

        assertThat(diff.before()).isEqualTo(v1.version());
        assertThat(diff.after()).isEqualTo(v2.version());
        assertThat(diff.added()).containsExactly("added");
        assertThat(diff.removed()).containsExactly("dropped");
        assertThat(diff.retyped()).containsExactly(new DatasetDiff.Retyped("age", ColumnType.INTEGER, ColumnType.CATEGORICAL));
        assertThat(diff.sameSchema()).isFalse();
        assertThat(diff.shifts()).extracting(s -> s.column() + " " + s.measure() + " " + s.before() + " -> " + s.after())
                .containsExactly(
                        "age missing_share 0.3333333333333333 -> 0.0",
                        "city share \"Rome\" 0.3333333333333333 -> 0.6666666666666666",
                        "city share \"Oslo\" 0.6666666666666666 -> 0.3333333333333333");
        assertThat(DatasetDiff.between(v1, v1).shifts()).isEmpty();
        assertThat(DatasetDiff.between(v1, v1).sameSchema()).isTrue();
    }

    @Test
    void numericShiftsNameTheMeasure() throws IOException {
        new ProjectStore(root).create("p", "");
        DatasetStore store = new DatasetStore(root);
        DatasetVersion v1 = store.ingest("p", "n", Files.writeString(root.resolve("a.csv"), "x\n1\n2\n3\n"), root,
                IngestOptions.defaults()).version();
        DatasetVersion v2 = store.ingest("p", "n", Files.writeString(root.resolve("b.csv"), "x\n1\n2\n3\n10\n"), root,
                IngestOptions.defaults()).version();

        List<String> measures = DatasetDiff.between(v1, v2).shifts().stream().map(DatasetDiff.Shift::measure).toList();

        assertThat(measures).containsExactly("rows", "mean", "std", "max", "q0.05", "q0.25", "q0.5", "q0.75", "q0.95");
        assertThat(DatasetDiff.between(v1, v2).shifts().get(0).change()).isEqualTo(1.0);
    }
}
