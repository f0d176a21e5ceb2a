package io.modellab.templates.retrieval;

import io.modellab.evalharness.core.data.Retriever;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Apache Lucene BM25 over an in-memory index ({@link ByteBuffersDirectory}) of documents with a title and a body,
 * both analysed by Lucene's {@link EnglishAnalyzer} (standard tokenizer, lower case, English stop words, Porter
 * stemming). A query is analysed the same way and becomes one optional clause per distinct term and field, so
 * Lucene's query syntax never applies (a headword such as {@code (tm)} or {@code /dev/null} is plain text).
 * Each field's clause is scored by BM25 with {@link Settings#k1()} and {@link Settings#b()}; the title's clauses are
 * multiplied by {@link Settings#titleBoost()}, and a boost of 0 leaves the title out (body only).
 *
 * <p>Thread-safe once built; the same query and depth always give the same answer.
 */
public final class Bm25Retriever implements Retriever {

    /** The fields. */
    public static final String ID = "id";
    /** The title field. */
    public static final String TITLE = "title";
    /** The body field. */
    public static final String BODY = "body";

    /**
     * How to score.
     *
     * @param k1 BM25's term-frequency saturation (Lucene's default 1.2)
     * @param b BM25's length normalisation in [0, 1] (Lucene's default 0.75)
     * @param titleBoost the weight of title matches; 0 searches the body only
     */
    public record Settings(double k1, double b, double titleBoost) {

        /** Body only, Lucene's defaults: the baseline. */
        public static final Settings BODY_ONLY = new Settings(1.2, 0.75, 0);

        /** Checks the values. */
        public Settings {
            if (!(k1 >= 0 && Double.isFinite(k1)) || !(b >= 0 && b <= 1) || !(titleBoost >= 0 && Double.isFinite(titleBoost))) {
                throw new IllegalArgumentException("BM25 needs k1 >= 0, b in [0, 1] and a title boost >= 0, got k1="
                        + k1 + ", b=" + b + ", title boost=" + titleBoost);
            }
        }

        /** These settings with other BM25 parameters. */
        public Settings withBm25(double newK1, double newB) {
            return new Settings(newK1, newB, titleBoost);
        }

        /** A short description for run configs and legends. */
        public String describe() {
            return String.format(Locale.ROOT, "BM25(k1=%s, b=%s) over %s", k1, b,
                    titleBoost == 0 ? "body" : "title^" + titleBoost + " + body");
        }
    }

    /**
     * One document to index.
     *
     * @param id its id
     * @param title its title ({@code null} for none)
     * @param body its text
     */
    public record Doc(String id, String title, String body) {
        /** Checks the id. */
        public Doc {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("a document needs an id");
            }
            Objects.requireNonNull(body, () -> "document " + id + ": body");
        }
    }

    private final Analyzer analyzer;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Settings settings;
    private final String[] ids;

    private Bm25Retriever(Analyzer analyzer, DirectoryReader reader, Settings settings) {
        this.analyzer = analyzer;
        this.reader = reader;
        this.settings = settings;
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity((float) settings.k1(), (float) settings.b()));
        // Stored ids read once: a search then maps Lucene's doc numbers without touching stored fields.
        this.ids = new String[reader.maxDoc()];
        try {
            var stored = reader.storedFields();
            for (int d = 0; d < ids.length; d++) {
                ids[d] = stored.document(d).get(ID);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index's ids", e);
        }
    }

    /** Indexes {@code docs}, in order, and returns a retriever with {@code settings}. */
    public static Bm25Retriever index(List<Doc> docs, Settings settings) {
        Analyzer analyzer = new EnglishAnalyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setSimilarity(new BM25Similarity((float) settings.k1(), (float) settings.b()))
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Doc d : docs) {
                Document doc = new Document();
                doc.add(new StringField(ID, d.id(), Field.Store.YES));
                if (d.title() != null) {
                    doc.add(new TextField(TITLE, d.title(), Field.Store.NO));
                }
                doc.add(new TextField(BODY, d.body(), Field.Store.NO));
                writer.addDocument(doc);
            }
            // One segment: the same documents always give the same statistics and doc numbers.
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory index", e);
        }
        try {
            return new Bm25Retriever(analyzer, DirectoryReader.open(directory), settings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the in-memory index", e);
        }
    }

    /** The same index scored with other settings (BM25's norms do not depend on k1 and b, so nothing is re-indexed). */
    public Bm25Retriever with(Settings other) {
        return new Bm25Retriever(analyzer, reader, other);
    }

    /** How this retriever scores. */
    public Settings settings() {
        return settings;
    }

    /** The number of indexed documents. */
    public int size() {
        return reader.numDocs();
    }

    @Override
    public List<ScoredDoc> search(String query, int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1, got " + depth);
        }
        Set<String> terms = terms(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (String term : terms) {
            builder.add(new TermQuery(new Term(BODY, term)), BooleanClause.Occur.SHOULD);
            if (settings.titleBoost() > 0) {
                Query title = new TermQuery(new Term(TITLE, term));
                builder.add(new BoostQuery(title, (float) settings.titleBoost()), BooleanClause.Occur.SHOULD);
            }
        }
        try {
            TopDocs top = searcher.search(builder.build(), depth);
            List<ScoredDoc> out = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc d : top.scoreDocs) {
                out.add(new ScoredDoc(ids[d.doc], d.score));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("search failed for query \"" + query + "\"", e);
        }
    }

    /** The mean number of documents whose body contains each analysed term of {@code text}; 0 without terms. */
    public double meanDocFrequency(String text) {
        Set<String> terms = terms(text);
        if (terms.isEmpty()) {
            return 0;
        }
        long sum = 0;
        try {
            for (String t : terms) {
                sum += reader.docFreq(new Term(BODY, t));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read document frequencies", e);
        }
        return (double) sum / terms.size();
    }

    /** The distinct analysed terms of {@code text}, in order. */
    Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse \"" + text + "\"", e);
        }
        return terms;
    }
}
