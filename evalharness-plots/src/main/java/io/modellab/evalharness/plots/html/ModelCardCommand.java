package io.modellab.evalharness.plots.html;

import io.modellab.evalharness.core.io.InvalidArtifactException;
import io.modellab.evalharness.core.io.ModelCardFiles;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The command line of the model card pages, as the spec's own renderer offers it:
 *
 * <pre>
 * render  model_card.json [-o report.html]          a card's page (default: the card's name with .html)
 * compare card.json card.json... [-o cards.html]    several cards side by side (default: model_cards.html)
 * </pre>
 *
 * Exit status 0 when the page was written, 1 when a card cannot be read (the message names the file and the JSON
 * path of each problem), 2 for a usage error. Run it with {@code java -cp <classpath>
 * io.modellab.evalharness.plots.html.ModelCardCommand render model_card.json -o report.html}; the README shows how to
 * get the classpath from this repository.
 */
public final class ModelCardCommand {

    static final String USAGE = """
            usage: render MODEL_CARD.json [-o PAGE.html]
                   compare CARD.json CARD.json... [-o PAGE.html]""";

    /** Hibernate Validator logs its version at INFO on first use; the command prints only what it did. */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate");

    private ModelCardCommand() {
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        VALIDATOR_LOG.setLevel(Level.WARNING);
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /**
     * Runs the command.
     *
     * @return the exit status: 0 written, 1 a card could not be read or the page written, 2 a usage error
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || !List.of("render", "compare").contains(args.get(0))) {
            err.println(USAGE);
            return 2;
        }
        List<Path> cards = new ArrayList<>();
        Path output = null;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-o") || arg.equals("--output")) {
                if (i + 1 >= args.size()) {
                    err.println(arg + " needs a file name\n" + USAGE);
                    return 2;
                }
                output = Path.of(args.get(++i));
            } else if (arg.startsWith("-")) {
                err.println("unknown option " + arg + "\n" + USAGE);
                return 2;
            } else {
                cards.add(Path.of(arg));
            }
        }
        boolean render = args.get(0).equals("render");
        if (render ? cards.size() != 1 : cards.isEmpty()) {
            err.println((render ? "render takes one card" : "compare takes one card or more") + "\n" + USAGE);
            return 2;
        }
        try {
            Path page;
            if (render) {
                page = output != null ? output : pageBeside(cards.get(0));
                ModelCardPages.write(page, ModelCardFiles.read(cards.get(0)));
            } else {
                page = output != null ? output : Path.of("model_cards.html");
                List<ModelCardPages.Entry> entries = new ArrayList<>();
                for (Path card : cards) {
                    entries.add(new ModelCardPages.Entry(card.toString(), hrefOfPage(page, card), ModelCardFiles.read(card)));
                }
                ModelCardPages.writeComparison(page, entries);
            }
            out.println("wrote " + page);
            return 0;
        } catch (InvalidArtifactException | UncheckedIOException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** {@code model_card.json} becomes {@code model_card.html} in the same folder. */
    static Path pageBeside(Path card) {
        String name = card.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return card.resolveSibling(base + ".html");
    }

    /** A link from the comparison page to the card's own page, when that page exists. */
    private static String hrefOfPage(Path comparison, Path card) {
        Path cardPage = pageBeside(card);
        if (!Files.isRegularFile(cardPage)) {
            return null;
        }
        Path from = comparison.toAbsolutePath().normalize().getParent();
        return from.relativize(cardPage.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
