package io.modellab.evalharness.plots.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.modellab.evalharness.core.schema.modelcard.ModelCard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Model card pages as HTML text: what every card shows, and what a browser test cannot see cheaply. */
class ModelCardPagesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {CardFixtures.CREDIT_G, CardFixtures.TITANIC, CardFixtures.SHAPE})
    void everyRealCardRendersTheSameBytesTwiceWithOneScript(String name) {
        ModelCard card = CardFixtures.real(name);

        String html = ModelCardPages.render(card);

        assertThat(html).isEqualTo(ModelCardPages.render(CardFixtures.real(name)));
        assertThat(html).contains("<h2>Warnings</h2>", "<h2>Metrics</h2>", "<h2>Data summary</h2>",
                "<h2>Features</h2>", "<h2>Quality</h2>", "<h2>Training</h2>");
        assertThat(count(html, "<script")).isEqualTo(1);
    }

    @Test
    void theCreditGCardShowsItsMetricsItsObjectWarningAndItsUnknownSections() {
        ModelCardView view = ModelCardPages.view(CardFixtures.real(CardFixtures.CREDIT_G));
        String html = ModelCardPages.render(CardFixtures.real(CardFixtures.CREDIT_G));

        assertThat(view.header().title()).as("no name: falls back").isEqualTo("Unnamed model");
        assertThat(view.header().statusClass()).isEqualTo("DONE");
        assertThat(view.warnings()).singleElement().satisfies(w -> {
            assertThat(w.type()).isEqualTo("TRAINING_QUALITY_ISSUE");
            assertThat(w.severityClass()).isEqualTo("HIGH");
            assertThat(w.recommendations()).hasSize(5);
            assertThat(w.details()).extracting(ModelCardView.Fact::label).contains("failure_mode", "details.auc",
                    "class_distribution.train.bad");
        });
        assertThat(view.dashboard()).extracting(ModelCardView.MetricGroup::title)
                .containsExactly("At the decision threshold", "Optimal threshold", "Best epoch");
        assertThat(view.dashboard().get(0).metrics()).extracting(ModelCardView.Metric::value)
                .containsExactly("0.689", "0.492", "0.653", "0.561", "0.741");
        assertThat(view.others()).extracting(ModelCardView.Section::title)
                .containsExactly("best_epochs", "class_imbalance", "embedding_space");
        assertThat(view.training().lossChartUri()).as("one loss point per curve: no progression").isNull();
        assertThat(html).contains("best_roc_auc.classification_display_metadata.confusion_matrix.tp")
                .contains("class=\"badge sev-HIGH\"").contains("title=\"auc: ROC-AUC: the chance");
    }

    @Test
    void theTitanicCardsColumnTypesAreRecognisedAndCountedForTheFilter() {
        ModelCardView view = ModelCardPages.view(CardFixtures.real(CardFixtures.TITANIC));

        assertThat(view.featureTypes()).extracting(ModelCardView.TypeCount::typeKey, ModelCardView.TypeCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("scalar", 6),
                        org.assertj.core.groups.Tuple.tuple("set", 4),
                        org.assertj.core.groups.Tuple.tuple("free_string", 3));
        assertThat(view.featureInformation()).isTrue();
        assertThat(view.features()).filteredOn(f -> f.name().equals("HomePlanet")).singleElement()
                .satisfies(f -> {
                    assertThat(f.information()).isEqualTo("10.52");
                    assertThat(f.samples()).isEqualTo("<UNKNOWN>, Europa, Mars, Earth");
                });
        assertThat(view.features()).filteredOn(f -> f.name().equals("Age")).singleElement().satisfies(f ->
                assertThat(f.statistics()).startsWith("min\u00a00 \u00b7 q10\u00a013 \u00b7 q25\u00a019 \u00b7 median\u00a027 \u00b7 mean\u00a028.83"));
        assertThat(view.header().quality()).isEqualTo("UNKNOWN");
        assertThat(view.collapsed()).extracting(ModelCardView.Section::title)
                .containsExactly("Technical details", "Provenance", "Column statistics");
        assertThat(view.others()).extracting(ModelCardView.Section::title).containsExactly("data_processing_notes");
    }

    @Test
    void aStatusThatIsNoneOfTheSpecsIsShownAsWrittenInGray() {
        ModelCardView view = ModelCardPages.view(CardFixtures.real(CardFixtures.SHAPE));

        assertThat(view.header().status()).isEqualTo("done | training | failed");
        assertThat(view.header().statusClass()).isEqualTo("OTHER");
        assertThat(view.header().facts()).extracting(ModelCardView.Fact::label).contains("_comment", "num_classes");
        assertThat(view.data().facts()).extracting(ModelCardView.Fact::label).contains("_comment");
    }

    @Test
    void ourCardHasAllItsMetricsTheLossChartAndWarningsMostSevereFirst() {
        ModelCardView view = ModelCardPages.view(CardFixtures.ours(CardFixtures.PLAIN));

        assertThat(view.warnings()).extracting(ModelCardView.Warning::severityClass)
                .containsExactly("HIGH", "MODERATE", "LOW");
        assertThat(view.training().lossChartUri()).startsWith("data:image/png;base64,");
        assertThat(view.dashboard().get(0).metrics().get(4).note()).isEqualTo("interval 0.726 \u2013 0.833");
        assertThat(view.featureTypes()).extracting(ModelCardView.TypeCount::count).containsExactly(4, 5, 3);
        assertThat(view.quality().qualityClass()).isEqualTo("GOOD");
        assertThat(view.sections()).extracting(ModelCardView.Section::title)
                .containsExactly("Training configuration", "Model architecture");
        assertThat(view.sections().get(0).facts()).extracting(ModelCardView.Fact::label)
                .contains("epochs_total", "seed", "run_config.pipeline", "not given");
    }

    @Test
    void everyPayloadIsEscapedWhereverItLands() {
        String html = ModelCardPages.render(CardFixtures.ours(i -> Payloads.ALL.get(i % Payloads.ALL.size())));

        assertThat(html).doesNotContain("<script>window").doesNotContain("<img src=x").doesNotContain("<svg")
                .doesNotContain("<iframe").doesNotContain("<object").doesNotContain("<base ")
                .doesNotContain("<style>body").doesNotContain("<video").doesNotContain("<input autofocus");
        assertThat(html).contains("&lt;script&gt;window.__xss=1&lt;/script&gt;");
        assertThat(count(html, "<script")).isEqualTo(1);
    }

    @Test
    void theComparisonShowsEachCardsNameMetricsAssessmentAndRows() {
        String html = ModelCardPages.renderComparison(List.of(
                new ModelCardPages.Entry("ours.json", "ours.html", CardFixtures.ours(CardFixtures.PLAIN)),
                new ModelCardPages.Entry(CardFixtures.CREDIT_G, null, CardFixtures.real(CardFixtures.CREDIT_G)),
                new ModelCardPages.Entry(CardFixtures.TITANIC, null, CardFixtures.real(CardFixtures.TITANIC))));
        CardComparisonView view = ModelCardPages.comparisonView(List.of(
                new ModelCardPages.Entry("a", null, CardFixtures.ours(CardFixtures.PLAIN)),
                new ModelCardPages.Entry("b", null, CardFixtures.real(CardFixtures.TITANIC)),
                new ModelCardPages.Entry("c", null, CardFixtures.real(CardFixtures.CREDIT_G))));

        assertThat(html).contains("<a href=\"ours.html\">ours.json</a>", "<span class=\"badge q-GOOD\">GOOD</span>",
                "<span class=\"badge q-UNKNOWN\">UNKNOWN</span>");
        assertThat(view.rows()).filteredOn(r -> r.label().equals("Total rows")).singleElement()
                .satisfies(r -> assertThat(r.cells()).extracting(CardComparisonView.Cell::text)
                        .containsExactly("1,000", "8,693", "1,000"));
        assertThat(view.rows()).filteredOn(r -> r.label().equals("ROC-AUC")).singleElement()
                .satisfies(r -> assertThat(r.cells()).extracting(CardComparisonView.Cell::text)
                        .containsExactly("0.781", Fmt.UNDEFINED, "0.741"));
        assertThat(view.rows()).filteredOn(r -> r.label().equals("Warnings")).singleElement()
                .satisfies(r -> assertThat(r.cells()).extracting(CardComparisonView.Cell::text)
                        .containsExactly("1 high, 1 moderate, 1 low", "none", "1 high"));
    }

    @Test
    void theCommandRendersACardAndComparesCards() throws IOException {
        Path card = copy(CardFixtures.TITANIC);
        Path other = copy(CardFixtures.CREDIT_G);
        List<String> out = new ArrayList<>();

        assertThat(command(out, "render", card.toString())).isZero();
        Path page = dir.resolve("featrix-titanic.html");
        assertThat(Files.readString(page)).contains("<h2>Features</h2>");
        assertThat(command(out, "render", card.toString(), "-o", dir.resolve("report.html").toString())).isZero();
        assertThat(dir.resolve("report.html")).exists();
        assertThat(command(out, "compare", card.toString(), other.toString(), "-o", dir.resolve("both.html").toString()))
                .isZero();
        assertThat(Files.readString(dir.resolve("both.html"))).contains("<a href=\"featrix-titanic.html\">");
        assertThat(out).contains("wrote " + page);
    }

    @Test
    void theCommandSaysWhatIsWrongWithACardOrTheArguments() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"training_dataset\": {\"train_rows\": \"many\"}}");
        List<String> err = new ArrayList<>();

        assertThat(command(err, "render", bad.toString())).isEqualTo(1);
        assertThat(String.join("\n", err)).contains("bad.json", "$.training_dataset.train_rows");
        assertThat(command(err, "draw", bad.toString())).isEqualTo(2);
        assertThat(command(err, "render")).isEqualTo(2);
        assertThat(command(err, "render", bad.toString(), "-o")).isEqualTo(2);
        assertThat(String.join("\n", err)).contains("usage: render MODEL_CARD.json");
    }

    private Path copy(String name) throws IOException {
        try (var in = getClass().getResourceAsStream("/model-cards/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    /** Runs the command; what it prints (both streams) is added to {@code printed}. */
    private static int command(List<String> printed, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = ModelCardCommand.run(List.of(args), stream, stream);
        printed.addAll(bytes.toString(StandardCharsets.UTF_8).lines().toList());
        return status;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
