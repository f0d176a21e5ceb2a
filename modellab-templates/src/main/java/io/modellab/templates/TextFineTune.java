package io.modellab.templates;

import io.modellab.evalharness.core.data.Predictor;
import io.modellab.evalharness.core.rules.FitRecord;
import java.util.List;

/**
 * The extension point for template C's improvement, a small transformer fine-tuned for text classification. ModelLab
 * ships no implementation: a transformer needs weights, and the library downloads nothing at run time. Implement it
 * with the engine you have (DJL, ONNX Runtime, a JNI binding) and weights you ship with your application; the harness
 * then evaluates it exactly like the TF-IDF baseline, on the same dataset version and split.
 *
 * <p>What an implementation owes the harness: train on the rows it is given only (they are the train rows);
 * report in {@link FineTuned#fits()} every step that learned from them (a tokenizer whose vocabulary is fixed by the
 * pretrained weights learned nothing from the rows and needs no record; a vocabulary extended from the rows does);
 * draw every random number from {@code seed}; return a {@link Predictor} that reads the text column and returns
 * class probabilities.
 *
 * <p>An example with DJL (ai.djl:api and ai.djl.pytorch:pytorch-engine, weights in a local folder), in outline:
 * <pre>{@code
 * public final class DistilBertFineTune implements TextFineTune {
 *     private final Path weights = Path.of("models/distilbert-base-uncased");   // shipped, not downloaded
 *
 *     public String name() { return "distilbert_fine_tune"; }
 *
 *     public FineTuned fineTune(List<String> texts, List<String> labels, String textColumn, long seed) {
 *         Engine.getInstance().setRandomSeed((int) seed);
 *         Criteria<NDList, NDList> criteria = Criteria.builder().setTypes(NDList.class, NDList.class)
 *                 .optModelPath(weights).optEngine("PyTorch").build();
 *         ZooModel<NDList, NDList> encoder = criteria.loadModel();
 *         HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(weights);
 *         Model classifier = ...;   // encoder + a linear head over the label set, trained with a DJL Trainer
 *         // for a few epochs on (tokenizer.encode(texts), labels)
 *         List<String> labelSet = labels.stream().distinct().sorted().toList();
 *         Predictor predictor = rows -> {
 *             double[][] p = ...;   // tokenize rows.column(textColumn), run the classifier, softmax per row
 *             return new ClassProbabilities(labelSet, p);
 *         };
 *         return new FineTuned(predictor, List.of());   // the pretrained vocabulary learned nothing from the rows
 *     }
 * }
 * }</pre>
 * With ONNX Runtime (com.microsoft.onnxruntime:onnxruntime) the fine-tune happens elsewhere (in Python, say) and
 * {@code fineTune} loads the exported model with {@code OrtEnvironment.getEnvironment().createSession(path)}, fitting
 * nothing; its predictor feeds the tokenised rows to {@code session.run(...)}. Such a model was trained outside the
 * harness's split, so say so: report a {@link FitRecord} with {@code rowsSeen} null and the run's leakage check says
 * the rows it saw are unknown.
 *
 * <p>{@link TextFineTunePipeline} runs an implementation as an
 * {@link io.modellab.evalharness.core.spi.EvalPipeline}, so {@code BinaryExperiment} and {@code mvn modellab:eval}
 * (its {@code pipelineClass}) run it baseline first against the TF-IDF template.
 */
public interface TextFineTune {

    /** The model's name as runs show it: letters, digits, {@code _ . -}. */
    String name();

    /**
     * Fine-tunes on the train rows.
     *
     * @param texts the train rows' texts, in order (null for a missing text)
     * @param labels their labels, in the same order
     * @param textColumn the column the returned predictor reads
     * @param seed the run's seed
     */
    FineTuned fineTune(List<String> texts, List<String> labels, String textColumn, long seed);

    /**
     * A fine-tuned model.
     *
     * @param predictor rows in (reading the text column), class probabilities out
     * @param fits what each step that learned from the rows saw
     */
    record FineTuned(Predictor predictor, List<FitRecord> fits) {
        /** Copies the list. */
        public FineTuned {
            fits = List.copyOf(fits);
        }
    }
}
