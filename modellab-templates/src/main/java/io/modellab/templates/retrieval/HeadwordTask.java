package io.modellab.templates.retrieval;

import io.modellab.evalharness.core.data.Table;
import io.modellab.tracker.ranking.JudgedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Known-item search over a glossary ("headlines as queries against article bodies"): every distinct headword is a
 * query; the entries it heads are relevant with grade {@value #DEFINES}, and the other entries whose cross-references
 * name it (ignoring letter case) with grade {@value #REFERS}. The defining entry is always relevant, so every query
 * has a relevant document and every headword is kept.
 *
 * <p>Read from a table with the columns {@code id}, {@code headword}, {@code body} and {@code see_also} (the
 * targets of the entry's cross-references, joined by {@value #SEPARATOR}), as {@code datasets/jargon/jargon.csv}
 * has them. A query's id is {@code Q-} and the id of the first entry it heads.
 *
 * @param documents every entry, title = headword
 * @param queries every distinct headword, in order of first appearance
 */
public record HeadwordTask(List<Bm25Retriever.Doc> documents, List<JudgedQuery> queries) {

    /** Relevance of the entry a headword heads. */
    public static final double DEFINES = 2;

    /** Relevance of an entry that cross-references the headword. */
    public static final double REFERS = 1;

    /** How {@code see_also} joins its targets. */
    public static final String SEPARATOR = " | ";

    /** The columns the table must have. */
    public static final List<String> COLUMNS = List.of("id", "headword", "body", "see_also");

    /** Copies the lists. */
    public HeadwordTask {
        documents = List.copyOf(documents);
        queries = List.copyOf(queries);
    }

    /**
     * Builds the task.
     *
     * @param source names the table in error messages, e.g. its file
     * @throws IllegalArgumentException naming the source, row and column for a missing column, an empty id, headword
     *     or body, or a repeated id
     */
    public static HeadwordTask of(Table table, String source) {
        for (String column : COLUMNS) {
            if (!table.hasColumn(column)) {
                throw new IllegalArgumentException(source + ": no column \"" + column + "\"; expected the columns "
                        + COLUMNS + ", found " + table.columnNames());
            }
        }
        List<Bm25Retriever.Doc> docs = new ArrayList<>();
        Map<String, List<String>> headed = new LinkedHashMap<>();
        Map<String, List<String>> referrers = new LinkedHashMap<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (int r = 0; r < table.rowCount(); r++) {
            String id = required(table, r, "id", source);
            String headword = required(table, r, "headword", source);
            String body = required(table, r, "body", source);
            if (seen.put(id, headword) != null) {
                throw new IllegalArgumentException(source + ": data row " + (r + 1) + ", column id: \"" + id
                        + "\" appears twice; expected unique ids");
            }
            docs.add(new Bm25Retriever.Doc(id, headword, body));
            headed.computeIfAbsent(headword, h -> new ArrayList<>()).add(id);
            String links = table.cell(r, "see_also");
            if (links != null && !links.isBlank()) {
                for (String target : links.split(java.util.regex.Pattern.quote(SEPARATOR))) {
                    String key = target.trim().toLowerCase(Locale.ROOT);
                    if (!key.isEmpty()) {
                        List<String> from = referrers.computeIfAbsent(key, k -> new ArrayList<>());
                        if (!from.contains(id)) {
                            from.add(id);
                        }
                    }
                }
            }
        }
        List<JudgedQuery> queries = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : headed.entrySet()) {
            Map<String, Double> relevance = new LinkedHashMap<>();
            for (String id : referrers.getOrDefault(e.getKey().toLowerCase(Locale.ROOT), List.of())) {
                relevance.put(id, REFERS);
            }
            for (String id : e.getValue()) {
                relevance.put(id, DEFINES);
            }
            queries.add(new JudgedQuery("Q-" + e.getValue().get(0), e.getKey(), relevance));
        }
        return new HeadwordTask(docs, queries);
    }

    /** Document id to title (the headword), for failure examples. */
    public Map<String, String> titles() {
        Map<String, String> titles = new LinkedHashMap<>();
        documents.forEach(d -> titles.put(d.id(), d.title()));
        return titles;
    }

    private static String required(Table table, int row, String column, String source) {
        String value = table.cell(row, column);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(source + ": data row " + (row + 1) + ", column " + column
                    + ": empty; expected a value");
        }
        return value;
    }
}
