package io.modellab.assertj.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;

/**
 * The extension as JUnit runs it: each nested class below is a user's test class, run by the test kit, and records
 * the roots it was given so that this test can see what became of them.
 */
class ModelLabExtensionTest {

    /** Set by {@link #run} only, so that the nested user classes, which fail on purpose, run nowhere else. */
    private static final String IN_TEST_KIT = "modellab.extension-test.in-test-kit";

    /** Marks a nested class as a user's test class, run only through the test kit. */
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(OnlyInTestKit.class)
    @interface UserTestClass {
    }

    /** Disables a user's test class unless the test kit runs it (an IDE or a -Dtest pattern would pick it up too). */
    static class OnlyInTestKit implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(IN_TEST_KIT).isPresent()
                    ? ConditionEvaluationResult.enabled("run by ModelLabExtensionTest")
                    : ConditionEvaluationResult.disabled("a user's test class that ModelLabExtensionTest runs");
        }
    }

    /** The roots the nested test classes were given, in order. */
    static final List<Path> ROOTS = new ArrayList<>();

    @BeforeEach
    void forgetEarlierRoots() {
        ROOTS.clear();
    }

    @AfterEach
    void deleteKeptRoots() throws IOException {
        for (Path root : ROOTS) {
            if (Files.exists(root)) {
                try (Stream<Path> paths = Files.walk(root)) {
                    for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    @UserTestClass
    @ExtendWith(ModelLabExtension.class)
    static class PassingTests {
        @Test
        void writesArtifacts(@ArtifactsRoot Path root) throws IOException {
            ROOTS.add(root);
            assertThat(root).isEmptyDirectory();
            Files.createDirectories(root.resolve("proj/run-1/eval"));
            Files.writeString(root.resolve("proj/run-1/eval/eval_summary.json"), "{}");
        }

        @Test
        void writesOtherArtifacts(@ArtifactsRoot Path root) {
            ROOTS.add(root);
            assertThat(root).isEmptyDirectory();
        }
    }

    @Test
    void eachPassingTestGetsAFreshEmptyRootThatIsDeletedAfterwards() {
        run(PassingTests.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));

        assertThat(ROOTS).hasSize(2).doesNotHaveDuplicates();
        assertThat(ROOTS).allSatisfy(root -> {
            assertThat(root.getFileName().toString()).startsWith("modellab-artifacts-");
            assertThat(root).doesNotExist();
        });
    }

    @UserTestClass
    @ExtendWith(ModelLabExtension.class)
    static class FailingAssertion {
        @Test
        void fails(@ArtifactsRoot Path root) throws IOException {
            ROOTS.add(root);
            Files.writeString(root.resolve("evidence.txt"), "what the failure left behind");
            throw new AssertionError("roc_auc is 0.71, but expected minimum is 0.75");
        }
    }

    @Test
    void aFailingTestKeepsItsRootAndNamesItInTheFailureMessage() {
        Throwable failure = failureOf(run(FailingAssertion.class));

        Path root = ROOTS.get(0);
        assertThat(root.resolve("evidence.txt")).hasContent("what the failure left behind");
        assertThat(failure).isInstanceOf(AssertionError.class)
                .hasMessage(String.format("roc_auc is 0.71, but expected minimum is 0.75%n%n"
                        + "The test's artifacts root is kept for inspection: %s", root))
                .cause().isInstanceOf(AssertionError.class).hasMessage("roc_auc is 0.71, but expected minimum is 0.75");
        assertThat(failure.getStackTrace()).as("points at the failing line, as the original does")
                .isEqualTo(failure.getCause().getStackTrace());
    }

    @UserTestClass
    @ExtendWith(ModelLabExtension.class)
    static class FailingEquality {
        @Test
        void fails(@ArtifactsRoot Path root) {
            ROOTS.add(root);
            Assertions.assertEquals("DONE", "FAILED", "status");
        }
    }

    @Test
    void expectedAndActualValuesStayForTheIdesDiff() {
        Throwable failure = failureOf(run(FailingEquality.class));

        assertThat(failure).isInstanceOf(AssertionFailedError.class)
                .hasMessage(String.format("status ==> expected: <DONE> but was: <FAILED>%n%n"
                        + "The test's artifacts root is kept for inspection: %s", ROOTS.get(0)));
        AssertionFailedError diff = (AssertionFailedError) failure;
        assertThat(diff.getExpected().getValue()).isEqualTo("DONE");
        assertThat(diff.getActual().getValue()).isEqualTo("FAILED");
    }

    @UserTestClass
    @ExtendWith(ModelLabExtension.class)
    static class FailingWithAnException {
        @Test
        void fails(@ArtifactsRoot Path root) throws IOException {
            ROOTS.add(root);
            throw new IOException("disk full");
        }
    }

    @Test
    void anExceptionIsReportedWithItsTypeAndTheRoot() {
        Throwable failure = failureOf(run(FailingWithAnException.class));

        assertThat(failure).isInstanceOf(AssertionError.class)
                .hasMessage(String.format("java.io.IOException: disk full%n%n"
                        + "The test's artifacts root is kept for inspection: %s", ROOTS.get(0)))
                .cause().isInstanceOf(IOException.class);
        assertThat(ROOTS.get(0)).isDirectory();
    }

    @UserTestClass
    @ExtendWith(ModelLabExtension.class)
    static class SharedWithLifecycleMethods {
        @BeforeEach
        void before(@ArtifactsRoot Path root) {
            ROOTS.add(root);
        }

        @Test
        void test(@ArtifactsRoot Path root) {
            ROOTS.add(root);
        }

        @AfterEach
        void after(@ArtifactsRoot Path root) {
            ROOTS.add(root);
            assertThat(root).exists();
            throw new AssertionError("cleanup check failed");
        }
    }

    @Test
    void beforeEachTheTestAndAfterEachShareOneRootAndAFailureInAfterEachKeepsIt() {
        Throwable failure = failureOf(run(SharedWithLifecycleMethods.class));

        assertThat(ROOTS).hasSize(3).containsOnly(ROOTS.get(0));
        assertThat(ROOTS.get(0)).isDirectory();
        assertThat(failure).hasMessage(String.format("cleanup check failed%n%n"
                + "The test's artifacts root is kept for inspection: %s", ROOTS.get(0)));
    }

    @UserTestClass
    static class RegisteredByTheParameterAlone {
        @Test
        void fails(@ArtifactsRoot Path root) {
            ROOTS.add(root);
            throw new AssertionError("no");
        }
    }

    @Test
    void theAnnotationAloneRegistersTheExtension() {
        Throwable failure = failureOf(run(RegisteredByTheParameterAlone.class));

        assertThat(failure).hasMessage(String.format("no%n%nThe test's artifacts root is kept for inspection: %s",
                ROOTS.get(0)));
    }

    @UserTestClass
    @ExtendWith(ModelLabExtension.class)
    static class Aborted {
        @Test
        void aborts(@ArtifactsRoot Path root) {
            ROOTS.add(root);
            Assumptions.assumeTrue(false, "no GPU here");
        }
    }

    @Test
    void anAbortedTestIsLeftAsItIsAndItsRootDeleted() {
        EngineExecutionResults results = run(Aborted.class);

        results.testEvents().assertStatistics(stats -> stats.aborted(1));
        Throwable reason = results.testEvents().aborted().list().get(0).getRequiredPayload(TestExecutionResult.class)
                .getThrowable().orElseThrow();
        assertThat(reason).hasMessage("Assumption failed: no GPU here");
        assertThat(ROOTS.get(0)).doesNotExist();
    }

    @UserTestClass
    @ExtendWith(ModelLabExtension.class)
    static class FailingWithoutARoot {
        @Test
        void fails() {
            throw new AssertionError("unrelated");
        }
    }

    @Test
    void aTestThatAskedForNoRootKeepsItsFailureAsItIs() {
        Throwable failure = failureOf(run(FailingWithoutARoot.class));

        assertThat(failure).hasMessage("unrelated").hasNoCause();
    }

    @UserTestClass
    @ExtendWith(ModelLabExtension.class)
    static class RootForAllTests {
        @BeforeAll
        static void before(@ArtifactsRoot Path root) {
            ROOTS.add(root);
        }

        @Test
        void test() {
        }
    }

    @Test
    void aBeforeAllMethodCannotHaveARoot() throws NoSuchMethodException {
        EngineExecutionResults results = run(RootForAllTests.class);

        Throwable failure = results.containerEvents().failed().list().get(0)
                .getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
        assertThat(failure).hasMessage("@ArtifactsRoot gives each test its own folder, so it cannot be given to "
                + RootForAllTests.class.getDeclaredMethod("before", Path.class) + ", which runs outside any one test");
        assertThat(ROOTS).isEmpty();
    }

    @UserTestClass
    @ExtendWith(ModelLabExtension.class)
    static class RootAsAString {
        @Test
        void test(@ArtifactsRoot String root) {
        }
    }

    @Test
    void aRootIsAPath() throws NoSuchMethodException {
        Throwable failure = failureOf(run(RootAsAString.class));

        assertThat(failure).hasMessage("@ArtifactsRoot marks a java.nio.file.Path parameter, not java.lang.String ("
                + RootAsAString.class.getDeclaredMethod("test", String.class) + ")");
    }

    private static EngineExecutionResults run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter").configurationParameter(IN_TEST_KIT, "true")
                .selectors(selectClass(testClass)).execute();
    }

    private static Throwable failureOf(EngineExecutionResults results) {
        List<Event> failed = results.testEvents().failed().list();
        assertThat(failed).as("failed tests").hasSize(1);
        return failed.get(0).getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    }
}
