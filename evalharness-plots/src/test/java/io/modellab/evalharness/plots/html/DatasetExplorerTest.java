package io.modellab.evalharness.plots.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.io.AtomicFiles;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.schema.DatasetVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetExplorerTest {

    @TempDir
    Path root;

    @Test
    void theViewFormatsEveryNumberWithAFixedLocale() {
        DatasetExplorerView view = DatasetExplorer.view(DatasetFixtures.version(DatasetFixtures.PLAIN));

        assertThat(view.header().rows()).isEqualTo("1,000");
        assertThat(view.header().rowsWithMissing()).isEqualTo("305 (30.5 %)");
        assertThat(view.header().missingTokens()).isEqualTo("(empty) NA ?");
        assertThat(view.schema().get(1)).isEqualTo(new DatasetExplorerView.SchemaRow("credit_amount", "numeric", "integer",
                "1,000", "0", "\u2014", "min 250, median 2,319.5, max 18,424"));
        assertThat(view.schema().get(2).summary()).isEqualTo("most frequent: radio/tv (280)");
        assertThat(view.schema().get(4).distinct()).isEqualTo("more than 1,000");
        assertThat(view.schema().get(5).summary()).isEqualTo("2020-01-01 to 2020-12-31T23:00:00Z");
        assertThat(view.missing().get(0)).extracting(DatasetExplorerView.MissingRow::share,
                DatasetExplorerView.MissingRow::meter).containsExactly("1.0 %", "0.0100");
        assertThat(view.distributions()).extracting(DatasetExplorerView.Distribution::stats).containsExactly(
                "min 4 \u00b7 q5 6 \u00b7 q25 12 \u00b7 median 18 \u00b7 q75 24 \u00b7 q95 48 \u00b7 max 72 \u00b7 mean 20.903"
                        + " \u00b7 std 12.0588",
                "min 250 \u00b7 q5 708.95 \u00b7 q25 1,365.5 \u00b7 median 2,319.5 \u00b7 q75 3,972.25 \u00b7 q95 9,162.7"
                        + " \u00b7 max 18,424 \u00b7 mean 3,271.26 \u00b7 std 2,822.74");
        assertThat(view.distributions().get(1).note()).contains("approximate");
        assertThat(view.distributions()).allSatisfy(d -> assertThat(d.dataUri()).startsWith("data:image/png;base64,iVBOR"));
        assertThat(view.topValues()).extracting(DatasetExplorerView.TopValues::column)
                .containsExactly("purpose", "foreign_worker", "comment", "class");
        assertThat(view.topValues().get(0).other()).isEqualTo(new DatasetExplorerView.Share("other values", "486",
                "48.6 %", "0.4860"));
        assertThat(view.topValues().get(2).note()).isEqualTo("more than 1,000 distinct values: counts are lower bounds,"
                + " each within 0 of the truth");
        assertThat(view.labels().labels()).containsExactly(new DatasetExplorerView.Share("good", "700", "70.0 %", "0.7000"),
                new DatasetExplorerView.Share("bad", "300", "30.0 %", "0.3000"));
        assertThat(view.split().parts()).extracting(DatasetExplorerView.Share::label).containsExactly("train", "test");
    }

    @Test
    void theSameDatasetJsonGivesTheSameBytesAndTheFileLandsBesideIt() throws IOException {
        DatasetVersion version = DatasetFixtures.version(DatasetFixtures.PLAIN);
        Path dir = root.resolve("credit-g-demo/datasets/credit-g/sha256-38b6dbf6fb4b");
        AtomicFiles.write(dir.resolve("dataset.json"), Json.toBytes(version));

        Path page = DatasetExplorer.write(root, "credit-g-demo", "credit-g", "sha256-38b6dbf6fb4b");
        byte[] first = Files.readAllBytes(page);
        DatasetExplorer.write(root, "credit-g-demo", "credit-g", "sha256-38b6dbf6fb4b");

        assertThat(page).isEqualTo(dir.resolve("explorer.html"));
        assertThat(Files.readAllBytes(page)).isEqualTo(first);
        assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(DatasetExplorer.render(version));
    }

    @Test
    void dataReachesTheHtmlOnlyEscaped() {
        String html = DatasetExplorer.render(DatasetFixtures.version(i -> Payloads.ALL.get(i % Payloads.ALL.size())));

        assertThat(html).doesNotContain("<script>window.__xss").doesNotContain("<img src=x")
                .doesNotContain("</style><script>").contains("&lt;script&gt;window.__xss=1&lt;/script&gt;");
        assertThat(html.split("<script", -1)).as("the page's one script").hasSize(2);
    }
}
