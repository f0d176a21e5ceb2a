package io.modellab.evalharness.stress;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded corruptions of a ranking system's query text: typing errors and dropped terms. Each query draws from its
 * own stream, named by the corruption and the query's id under the seed, so a query's corruption does not depend on
 * which other queries are corrupted or in what order. Terms are the whitespace-separated parts of the query;
 * severity 0 returns the query unchanged.
 */
public final class QueryCorruptions {

    /** The kind of {@link #typos}. */
    public static final String TYPOS = "query_typos";

    /** The kind of {@link #dropTerms}. */
    public static final String DROPPED_TERMS = "query_dropped_terms";

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private QueryCorruptions() {
    }

    /**
     * Each term of two or more characters gets, with probability {@code severity}, one typing error: a character
     * deleted, two neighbours swapped, one replaced or one inserted (a lower-case letter), equally likely.
     */
    public static String typos(String query, double severity, long seed, String queryId) {
        Severity.require(severity);
        if (severity == 0) {
            return query;
        }
        SplittableRandom random = new SplittableRandom(StressRandom.seed(seed, TYPOS + "/" + queryId));
        List<String> out = new ArrayList<>();
        for (String term : terms(query)) {
            // Draw for every term, so a term's fate does not depend on the length of the terms before it.
            double draw = random.nextDouble();
            int edit = random.nextInt(4);
            int at = random.nextInt(Math.max(1, term.length()));
            char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
            if (term.length() < 2 || draw >= severity) {
                out.add(term);
                continue;
            }
            StringBuilder t = new StringBuilder(term);
            switch (edit) {
                case 0 -> t.deleteCharAt(at);
                case 1 -> {
                    int i = Math.min(at, term.length() - 2);
                    char c = t.charAt(i);
                    t.setCharAt(i, t.charAt(i + 1));
                    t.setCharAt(i + 1, c);
                }
                case 2 -> t.setCharAt(at, letter == t.charAt(at) ? LETTERS.charAt((LETTERS.indexOf(letter) + 1) % 26) : letter);
                default -> t.insert(at, letter);
            }
            out.add(t.toString());
        }
        return String.join(" ", out);
    }

    /** Each term is dropped with probability {@code severity}; a query can lose every term and become empty. */
    public static String dropTerms(String query, double severity, long seed, String queryId) {
        Severity.require(severity);
        if (severity == 0) {
            return query;
        }
        SplittableRandom random = new SplittableRandom(StressRandom.seed(seed, DROPPED_TERMS + "/" + queryId));
        List<String> kept = new ArrayList<>();
        for (String term : terms(query)) {
            if (random.nextDouble() >= severity) {
                kept.add(term);
            }
        }
        return String.join(" ", kept);
    }

    private static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        for (String t : query.trim().split("\\s+")) {
            if (!t.isEmpty()) {
                terms.add(t);
            }
        }
        return terms;
    }
}
