package io.modellab.templates.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.data.Retriever.ScoredDoc;
import io.modellab.evalharness.core.data.Table;
import io.modellab.tracker.ranking.JudgedQuery;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.modellab.evalharness.core.schema.DatasetVersion;
import io.modellab.tracker.ProjectStore;
import io.modellab.tracker.data.DatasetStore;
import io.modellab.tracker.data.IngestOptions;
import io.modellab.tracker.data.LoadedDataset;

class HeadwordTaskTest {

    static final Path JARGON = Path.of("datasets", "jargon", "jargon.csv");

    static HeadwordTask task;

    @TempDir
    static Path artifacts;

    /** Ingests the bundled CSV as a dataset version, as the experiment does, and reads it back. */
    @BeforeAll
    static void readTheBundledCorpus() {
        Path repo = Path.of("..").toAbsolutePath().normalize();
        new ProjectStore(artifacts).ensure("p", "test");
        DatasetStore store = new DatasetStore(artifacts);
        DatasetVersion version = store.ingest("p", "jargon", repo.resolve(JARGON), repo, IngestOptions.defaults())
                .version();
        assertThat(version.rows()).isEqualTo(2307);
        assertThat(version.sha256()).isEqualTo("38918493df3546f27eaacf33d74835c8992b314d30c52b88f1097387aabad594");
        LoadedDataset data = store.read(version, repo);
        task = HeadwordTask.of(data.table(), data.ref().source());
    }

    @Test
    void theBundledJargonFileHas2307EntriesAnd2306QueriesWithGradedJudgments() {
        assertThat(task.documents()).hasSize(2307);
        assertThat(task.queries()).hasSize(2306);
        assertThat(task.queries().stream().mapToInt(q -> q.relevance().size()).sum()).isEqualTo(7419);
        // Every query's defining entry is relevant, so no query is without a relevant document.
        assertThat(task.queries()).allSatisfy(q -> assertThat(q.relevance()).containsValue(HeadwordTask.DEFINES));

        JudgedQuery op = query("op");
        assertThat(op.id()).isEqualTo("Q-J1441");
        assertThat(op.relevance()).containsEntry("J1441", 2.0).containsEntry("J1442", 2.0);
        JudgedQuery devNull = query("/dev/null");
        assertThat(devNull.relevance()).containsEntry("J0005", 2.0);
        assertThat(devNull.relevance().values()).contains(1.0);
        // "bit bucket" is cross-referenced by /dev/null's entry, so that entry is relevant to it with grade 1.
        assertThat(query("bit bucket").relevance()).containsEntry("J0005", 1.0);
    }

    @Test
    void bm25FindsTheDefiningEntryByTitleWhenTheTitleIsBoosted() {
        Bm25Retriever body = Bm25Retriever.index(task.documents(), Bm25Retriever.Settings.BODY_ONLY);
        Bm25Retriever titled = body.with(RankingExperiment.TITLE_AND_BODY);

        List<ScoredDoc> hits = titled.search("bit bucket", 10);
        assertThat(hits).isNotEmpty();
        assertThat(task.titles().get(hits.get(0).docId())).isEqualTo("bit bucket");
        assertThat(hits).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(body.search("bit bucket", 5)).hasSizeLessThanOrEqualTo(5);
        // Query syntax never applies, and a query without terms finds nothing.
        assertThat(body.search("(tm) AND OR \"", 10)).isNotNull();
        assertThat(body.search("the of", 10)).isEmpty();
        assertThat(body.search("bit bucket", 10)).isEqualTo(body.search("bit bucket", 10));
        assertThat(body.meanDocFrequency("bit bucket")).isPositive();
    }

    @Test
    void aTableWithoutTheColumnsOrWithRepeatedIdsIsRefusedNamingTheRow() {
        Table noBody = Table.ofRows(List.of("id", "headword", "see_also"), List.<String[]>of(new String[] {"a", "b", ""}),
                List.of("1"));
        assertThatThrownBy(() -> HeadwordTask.of(noBody, "g.csv")).hasMessageStartingWith("g.csv: no column \"body\"");
        Table twice = Table.ofRows(HeadwordTask.COLUMNS, List.of(new String[] {"a", "x", "text", ""},
                new String[] {"a", "y", "text", ""}), List.of("1", "2"));
        assertThatThrownBy(() -> HeadwordTask.of(twice, "g.csv"))
                .hasMessage("g.csv: data row 2, column id: \"a\" appears twice; expected unique ids");
    }

    @Test
    void theTitleGoesMissingFromASeededShareOfTheDocuments() {
        List<Bm25Retriever.Doc> some = RankingExperiment.withoutTitles(task, 0.2, 42);
        long missing = some.stream().filter(d -> d.title() == null).count();
        assertThat(missing).isEqualTo(Math.round(0.2 * 2307));
        assertThat(RankingExperiment.withoutTitles(task, 0.2, 42)).isEqualTo(some);
        assertThat(RankingExperiment.withoutTitles(task, 0, 42)).isEqualTo(task.documents());
    }

    private static JudgedQuery query(String text) {
        return task.queries().stream().filter(q -> q.text().equals(text)).findFirst().orElseThrow();
    }
}
