package io.modellab.assertj.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Gives each test a fresh artifacts root (a {@link Path} parameter marked {@link ArtifactsRoot}), deletes it when the
 * test passes and keeps it when the test fails, adding its path to the failure message: the eval folders, reports
 * and comparisons a failed test wrote are what explains the failure.
 *
 * <pre>{@code
 * @ExtendWith(ModelLabExtension.class)
 * class MyModelTest {
 *     @Test
 *     void beatsTheBaseline(@ArtifactsRoot Path artifacts) { ... }
 * }
 * }</pre>
 *
 * <p>The root is a new folder under {@code java.io.tmpdir}, named {@code modellab-artifacts-...}. The test, its
 * {@code @BeforeEach} and its {@code @AfterEach} methods all receive the same one; a {@code @BeforeAll} method cannot,
 * as the root belongs to one test. An aborted test (a failed assumption) counts as passed: nothing to inspect.
 */
public class ModelLabExtension implements ParameterResolver, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ModelLabExtension.class);
    private static final String ROOT = "artifacts root";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.isAnnotated(ArtifactsRoot.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() != Path.class) {
            throw new ParameterResolutionException("@ArtifactsRoot marks a java.nio.file.Path parameter, not "
                    + parameter.getParameter().getType().getName() + " (" + parameter.getDeclaringExecutable() + ")");
        }
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("@ArtifactsRoot gives each test its own folder, so it cannot be"
                    + " given to " + parameter.getDeclaringExecutable() + ", which runs outside any one test");
        }
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(ROOT, key -> createRoot(), Path.class);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withRootPath(context, failure);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        throw withRootPath(context, failure);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        throw withRootPath(context, failure);
    }

    /** Deletes the root of a test that passed (or was aborted); a failed test's root stays for inspection. */
    @Override
    public void afterEach(ExtensionContext context) {
        Path root = context.getStore(NAMESPACE).get(ROOT, Path.class);
        boolean failed = context.getExecutionException().filter(e -> !(e instanceof TestAbortedException)).isPresent();
        if (root != null && !failed) {
            delete(root);
        }
    }

    private static Throwable withRootPath(ExtensionContext context, Throwable failure) {
        Path root = context.getStore(NAMESPACE).get(ROOT, Path.class);
        if (root == null || failure instanceof TestAbortedException) {
            return failure;
        }
        return KeptRoot.addPathTo(failure, root);
    }

    private static Path createRoot() {
        try {
            return Files.createTempDirectory("modellab-artifacts-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create an artifacts root under "
                    + System.getProperty("java.io.tmpdir"), e);
        }
    }

    private static void delete(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // The test passed, but a root it cannot clean up would pile up unseen: say so.
            throw new UncheckedIOException("the test passed, but its artifacts root " + root + " cannot be deleted", e);
        }
    }
}
