package io.modellab.templates;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.rules.FitRecord;
import io.modellab.evalharness.core.schema.PreprocessingStep;
import io.modellab.evalharness.core.schema.SignatureFeature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.tribuo.Example;
import org.tribuo.Output;
import org.tribuo.impl.ArrayExample;

/**
 * TF-IDF features of one text column, fitted on the train rows only.
 *
 * <p>Tokens are the runs of letters and digits of the lower-cased text (the same tokens the leakage rule
 * {@code fit_on_train_only} compares for a vocabulary). The vocabulary keeps the tokens held by at least
 * {@code min_document_frequency} train rows, at most {@code max_vocabulary} of them (the most frequent by rows,
 * then alphabetical). A token's weight in a row is its count times its smoothed inverse document frequency
 * {@code ln((1 + n) / (1 + df)) + 1} (n train rows, df of them holding it), as scikit-learn's
 * {@code TfidfVectorizer} defaults; each row's vector is then scaled to unit length. A token outside the vocabulary
 * is ignored. A row with no vocabulary token (an empty or missing text too) gets the single feature
 * {@code <column>:<none>} with value 1 instead, since a Tribuo example needs a feature; the model learns its weight
 * from the train rows that had no vocabulary token (no token can clash with it: tokens hold no {@code <}).
 */
public final class TfIdfVectorizer implements RowEncoder {

    static final String STEP = "tf-idf vocabulary";
    static final String NO_TOKEN = ":<none>";
    private static final Pattern NOT_A_TOKEN = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final String column;
    private final Map<String, Double> idf;
    private final List<String> rowsSeen;
    private final int trainRows;

    private TfIdfVectorizer(String column, Map<String, Double> idf, List<String> rowsSeen, int trainRows) {
        this.column = column;
        this.idf = Map.copyOf(idf);
        this.rowsSeen = rowsSeen == null ? null : List.copyOf(rowsSeen);
        this.trainRows = trainRows;
    }

    /**
     * Fits the vocabulary and the inverse document frequencies on {@code train}, which must be the train rows only.
     *
     * @throws IllegalArgumentException when the column is missing or no token reaches the document frequency
     */
    public static TfIdfVectorizer fit(Table train, String column, int minDocumentFrequency, int maxVocabulary) {
        if (!train.hasColumn(column)) {
            throw new IllegalArgumentException("text column \"" + column + "\" is not in the rows; columns are "
                    + train.columnNames());
        }
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (int r = 0; r < train.rowCount(); r++) {
            tokenCounts(train.cell(r, column)).keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        }
        int n = train.rowCount();
        Map<String, Double> idf = new TreeMap<>();
        documentFrequency.entrySet().stream()
                .filter(e -> e.getValue() >= minDocumentFrequency)
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(maxVocabulary)
                .forEach(e -> idf.put(e.getKey(), Math.log((1.0 + n) / (1.0 + e.getValue())) + 1.0));
        if (idf.isEmpty()) {
            throw new IllegalArgumentException("no token of column \"" + column + "\" occurs in " + minDocumentFrequency
                    + " or more of the " + n + " train rows");
        }
        return new TfIdfVectorizer(column, idf, train.rowIds(), n);
    }

    static TfIdfVectorizer fromSignature(List<SignatureFeature> features, List<PreprocessingStep> steps) {
        if (features.size() != 1 || !features.get(0).type().equals("text") || steps.size() != 1
                || !steps.get(0).kind().equals(FitRecord.VOCABULARY)) {
            throw new IllegalArgumentException("a tf-idf signature has one text feature and one vocabulary step, not "
                    + features + " and " + steps.stream().map(PreprocessingStep::kind).toList());
        }
        String column = features.get(0).name();
        Map<String, Double> idf = steps.get(0).statistics().get(column);
        if (idf == null || idf.isEmpty()) {
            throw new IllegalArgumentException("the vocabulary step has no inverse document frequencies for " + column);
        }
        return new TfIdfVectorizer(column, idf, null, steps.get(0).trainRows());
    }

    /** The text column. */
    public String column() {
        return column;
    }

    /** How many tokens the vocabulary holds. */
    public int vocabularySize() {
        return idf.size();
    }

    static Map<String, Integer> tokenCounts(String text) {
        Map<String, Integer> counts = new TreeMap<>();
        if (text != null) {
            for (String token : NOT_A_TOKEN.split(text.toLowerCase(Locale.ROOT))) {
                if (!token.isEmpty()) {
                    counts.merge(token, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    @Override
    public <T extends Output<T>> Example<T> example(Table table, int row, T output) {
        if (!table.hasColumn(column)) {
            throw new IllegalArgumentException("row " + table.rowId(row) + " has no text column \"" + column + "\"");
        }
        List<String> names = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        double squares = 0;
        for (Map.Entry<String, Integer> token : tokenCounts(table.cell(row, column)).entrySet()) {
            Double weight = idf.get(token.getKey());
            if (weight != null) {
                double w = token.getValue() * weight;
                names.add(column + ":" + token.getKey());
                weights.add(w);
                squares += w * w;
            }
        }
        if (names.isEmpty()) {
            return new ArrayExample<>(output, new String[] {column + NO_TOKEN}, new double[] {1.0});
        }
        double norm = Math.sqrt(squares);
        double[] values = new double[weights.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = weights.get(i) / norm;
        }
        return new ArrayExample<>(output, names.toArray(String[]::new), values);
    }

    @Override
    public List<FitRecord> fitRecords() {
        return List.of(new FitRecord(STEP, FitRecord.VOCABULARY, rowsSeen, Map.of(column, List.copyOf(idf.keySet())),
                Map.of(column, idf)));
    }

    @Override
    public List<SignatureFeature> features() {
        return List.of(new SignatureFeature(column, "text"));
    }

    @Override
    public List<PreprocessingStep> steps() {
        return List.of(new PreprocessingStep(STEP, FitRecord.VOCABULARY, trainRows, Map.of(column, idf),
                Map.of(column, List.copyOf(new TreeMap<>(idf).keySet()))));
    }
}
