package io.modellab.tracker.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDatasetsTest {

    private static final Path REPO = Path.of("..");

    @TempDir
    Path dir;

    @Test
    void readsTheBundledCreditG() {
        LoadedDataset data = CsvDatasets.read("credit-g", REPO.resolve("datasets/credit-g.csv"), REPO);

        assertThat(data.table().rowCount()).isEqualTo(1000);
        assertThat(data.table().columnNames()).hasSize(21).startsWith("checking_status", "duration").endsWith("class");
        assertThat(data.ref().sha256()).isEqualTo("38b6dbf6fb4b0311a3ffc005730f42623128591fb36473ab3c22d270c0467632");
        assertThat(data.ref().version()).isEqualTo("sha256-38b6dbf6fb4b");
        assertThat(data.ref().source()).isEqualTo("datasets/credit-g.csv");
        assertThat(data.table().rowId(0)).isEqualTo("1");
        assertThat(data.table().cell(1, "personal_status")).isEqualTo("female div/dep/mar");
        assertThat(data.table().column("class")).filteredOn("bad"::equals).hasSize(300);
    }

    @Test
    void quotedFieldsAndEmptyCellsAreReadAsCsvMeansThem() throws Exception {
        Path file = Files.writeString(dir.resolve("d.csv"), "a,b,c\n\"x, y\",,\"say \"\"hi\"\"\"\n1,2,3\n");

        LoadedDataset data = CsvDatasets.read("d", file, dir);

        assertThat(data.table().cell(0, "a")).isEqualTo("x, y");
        assertThat(data.table().cell(0, "b")).isNull();
        assertThat(data.table().cell(0, "c")).isEqualTo("say \"hi\"");
        assertThat(data.ref().rows()).isEqualTo(2);
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsNamedByRowAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), "a,b,c\n1,2,3\n4,5\n");

        assertThatThrownBy(() -> CsvDatasets.read("bad", file, dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + " data row 2 (line 3) has 2 fields, expected 3 as in the header");
    }

    @Test
    void headerProblemsAreNamed() throws Exception {
        Path twice = Files.writeString(dir.resolve("twice.csv"), "a,b,a\n1,2,3\n");
        Path blank = Files.writeString(dir.resolve("blank.csv"), "a,,c\n1,2,3\n");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");

        assertThatThrownBy(() -> CsvDatasets.read("t", twice, dir)).hasMessage(twice + " header names column \"a\" twice");
        assertThatThrownBy(() -> CsvDatasets.read("b", blank, dir)).hasMessage(blank + " header column 2 is empty: expected a name");
        assertThatThrownBy(() -> CsvDatasets.read("e", empty, dir)).hasMessage(empty + " is empty: expected a header row");
    }

    @Test
    void unsafeDatasetNamesAreRefused() {
        assertThatThrownBy(() -> CsvDatasets.read("../x", REPO.resolve("datasets/credit-g.csv"), REPO))
                .hasMessageContaining("dataset name \"../x\" is not allowed");
    }
}
