package io.modellab.maven;

import io.modellab.evalharness.core.rules.LeakageException;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.LeakageCheck;
import io.modellab.evalharness.core.spi.EvalPipeline;
import io.modellab.templates.BinaryExperiment;
import io.modellab.templates.ClassifierTemplate;
import io.modellab.templates.TemplatePipeline;
import io.modellab.tracker.EvalOptions;
import io.modellab.tracker.GitCodeVersion;
import io.modellab.evalharness.core.ReproSteps;
import io.modellab.tracker.data.IngestOptions;
import io.modellab.tracker.data.SplitSpec;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What {@code train} and {@code eval} share: the data, the split, the baseline and the candidate (a template or the
 * project's own pipeline class), and the seed, turned into a {@link BinaryExperiment}; and how a broken leakage rule
 * or a missing code version ends the build.
 */
abstract class AbstractExperimentMojo extends AbstractGatedMojo {


    /** The CSV file, relative to the project's folder. */
    @Parameter(property = "modellab.dataset", required = true)
    File dataset;

    /** The label column. */
    @Parameter(property = "modellab.target", required = true)
    String target;

    /** The label scored as positive. */
    @Parameter(property = "modellab.positiveLabel", required = true)
    String positiveLabel;

    /**
     * The key feature: the categorical column whose top categories become slices. When unset, the slicing module's
     * documented rule picks it (the categorical feature with the most mutual information with the label; none when
     * every feature is numeric), and slices.json says which and why.
     */
    @Parameter(property = "modellab.keySliceColumn")
    String keySliceColumn;

    /** The share of each class held out for testing. */
    @Parameter(property = "modellab.testFraction", defaultValue = "0.3")
    double testFraction;

    /** A row is predicted positive when its score is at least this. */
    @Parameter(property = "modellab.threshold", defaultValue = "0.5")
    double threshold;

    /** The seed of the training and the bootstrap. */
    @Parameter(property = "modellab.seed", defaultValue = "42")
    long seed;

    /**
     * The seed of the dataset version's stratified split. The split belongs to the version (the same bytes keep the
     * same split), so runs with other training seeds score the same test rows.
     */
    @Parameter(property = "modellab.splitSeed", defaultValue = "42")
    long splitSeed;

    /** Bootstrap resamples of each interval. */
    @Parameter(property = "modellab.resamples", defaultValue = "1000")
    int resamples;

    /** The baseline template ({@code most_frequent}, {@code logistic_regression}, {@code xgboost}), or {@code none}. */
    @Parameter(property = "modellab.baseline", defaultValue = "most_frequent")
    String baseline;

    /**
     * The candidate template ({@code most_frequent}, {@code logistic_regression}, {@code xgboost}), when no
     * {@link #pipelineClass} is given.
     */
    @Parameter(property = "modellab.model", defaultValue = "logistic_regression")
    String model;

    /** The project's own {@link EvalPipeline}, by class name, loaded from the project's runtime classpath. */
    @Parameter(property = "modellab.pipelineClass")
    String pipelineClass;

    /** A single feature separating the label above this training ROC-AUC is reported as a likely target proxy. */
    @Parameter(property = "modellab.proxyAuc", defaultValue = "0.99")
    double proxyAuc;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(defaultValue = "${project.name}", readonly = true)
    String description;

    @Parameter(defaultValue = "${project.runtimeClasspathElements}", readonly = true, required = true)
    List<String> classpath;

    /** The project's code version; outside a git repository the run would be invalid, which fails the build. */
    CodeVersion codeVersion() throws MojoFailureException {
        try {
            return GitCodeVersion.of(basedir.toPath());
        } catch (IllegalStateException e) {
            throw new MojoFailureException("[modellab] rule reproducible_or_invalid broken: " + e.getMessage(), e);
        }
    }

    /** The dataset file, relative to the project's folder. */
    Path data() {
        Path projectDir = basedir.toPath();
        return projectDir.relativize(projectDir.resolve(dataset.toPath()).normalize());
    }

    /** The experiment's settings from the POM. */
    BinaryExperiment.Settings settings() {
        Path projectDir = basedir.toPath();
        Path data = data();
        IngestOptions ingest = IngestOptions.defaults().withTarget(target)
                .withSplit(SplitSpec.stratified(target, testFraction, splitSeed)).withIngestedBy("modellab-maven-plugin");
        return new BinaryExperiment.Settings(project, description, projectDir, data,
                data.getFileName().toString().replaceFirst("\\.csv$", ""), ingest, positiveLabel, keySliceColumn, threshold,
                seed, proxyAuc, artifactsRoot.toPath(),
                new EvalOptions(resamples, EvalOptions.DEFAULTS.confidenceLevel(), EvalOptions.DEFAULTS.minSliceSize(),
                        EvalOptions.DEFAULTS.topCategories(), EvalOptions.DEFAULTS.failureLimit(),
                        EvalOptions.DEFAULTS.progress()),
                ref -> new ReproSteps("./mvnw -B -DskipTests install", "sha256sum " + data + "   # expect "
                        + ref.sha256(), "./mvnw -B verify -Dmodellab.seed=" + seed,
                        "./mvnw -B verify -Dmodellab.seed=" + seed + "   # then compare with run " + ReproSteps.RUN_ID));
    }

    /** The baseline pipeline, or null for {@code none}. */
    EvalPipeline baselinePipeline() throws MojoExecutionException {
        return baseline.equals("none") ? null : new TemplatePipeline(template("baseline", baseline));
    }

    /** The candidate: the project's pipeline class when given, else the {@code model} template. */
    EvalPipeline candidatePipeline(ClassLoader loader) throws MojoExecutionException {
        return pipelineClass != null ? load(loader, pipelineClass) : new TemplatePipeline(template("model", model));
    }

    /** What a goal does with the experiment and the candidate pipeline, loaded from the project's classpath. */
    interface ExperimentCall<T> {
        T call(BinaryExperiment experiment, EvalPipeline candidate);
    }

    /**
     * Runs {@code call} on the experiment (logging each stage at INFO) and the candidate pipeline. A broken leakage
     * rule is reported as {@code haltOnFailure} says and gives {@code null}; any other failure is a
     * {@link MojoExecutionException} with the {@code [modellab]} prefix.
     */
    <T> T withExperiment(CodeVersion code, ExperimentCall<T> call) throws MojoExecutionException, MojoFailureException {
        BinaryExperiment experiment = new BinaryExperiment(settings(), code,
                (stage, done, total) -> getLog().info("[modellab] " + stage));
        try (URLClassLoader loader = projectClassLoader()) {
            return call.call(experiment, candidatePipeline(loader));
        } catch (LeakageException e) {
            report(leakageViolations(e), "");
            return null;
        } catch (IOException e) {
            throw new MojoExecutionException("[modellab] cannot close the project's class loader", e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("[modellab] " + e.getMessage(), e);
        }
    }

    /** One line per broken leakage rule: the rule, the run and the evidence. */
    static List<String> leakageViolations(LeakageException e) {
        List<String> lines = new ArrayList<>();
        for (LeakageCheck check : e.report().checks()) {
            if (check.status() == LeakageCheck.Status.FAIL) {
                lines.add("[modellab] rule no_leakage broken by run " + e.report().runId() + ": " + check.rule()
                        + " - " + check.message() + " (evidence: " + check.evidence() + ")");
            }
        }
        return lines;
    }

    static ClassifierTemplate template(String parameter, String name) throws MojoExecutionException {
        for (ClassifierTemplate t : ClassifierTemplate.values()) {
            if (t.modelName().equals(name)) {
                return t;
            }
        }
        throw new MojoExecutionException("[modellab] " + parameter + " \"" + name + "\" is not a template; expected one of "
                + Arrays.stream(ClassifierTemplate.values()).map(ClassifierTemplate::modelName).toList()
                + (parameter.equals("baseline") ? " or none" : ""));
    }

    /** The project's runtime classpath, with this plugin's classes (ModelLab's own types among them) as parent. */
    URLClassLoader projectClassLoader() throws MojoExecutionException {
        List<URL> urls = new ArrayList<>();
        for (String element : classpath) {
            try {
                urls.add(new File(element).toURI().toURL());
            } catch (MalformedURLException e) {
                throw new MojoExecutionException("[modellab] bad classpath element " + element, e);
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
    }

    static EvalPipeline load(ClassLoader loader, String className) throws MojoExecutionException {
        try {
            Class<?> type = Class.forName(className, true, loader);
            if (!EvalPipeline.class.isAssignableFrom(type)) {
                throw new MojoExecutionException("[modellab] pipelineClass " + className + " does not implement "
                        + EvalPipeline.class.getName());
            }
            return (EvalPipeline) type.getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new MojoExecutionException("[modellab] pipelineClass " + className + " is not on the project's"
                    + " runtime classpath (was it compiled? run the goal in the verify phase or after compile)", e);
        } catch (ReflectiveOperationException e) {
            throw new MojoExecutionException("[modellab] pipelineClass " + className
                    + " needs a public no-argument constructor: " + e, e);
        }
    }
}
