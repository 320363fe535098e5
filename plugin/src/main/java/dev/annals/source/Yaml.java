package dev.annals.source;

import dev.annals.build.AnnalsException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** Loads YAML safely (plain types only, few aliases, bounded size) with errors that name file and line. */
public final class Yaml {
    private Yaml() {
    }

    /** Read only once made, as SnakeYAML's own {@code Yaml} reads them. */
    private static final LoaderOptions OPTIONS = options();
    private static final Resolver RESOLVER = new Resolver();

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(5_000_000);
        return options;
    }

    /** What SnakeYAML's {@code Yaml} composes and loads with, without its dumper parts: made for each document. */
    private static Composer composer(StreamReader reader) {
        return new Composer(new ParserImpl(reader, OPTIONS), RESOLVER, OPTIONS);
    }

    /**
     * The 1-based line of each item of the document's list (or of the list under {@code key} of its top
     * mapping), for messages about one item; empty when there is no such list. Call after {@link #load}.
     */
    public static int[] itemLines(String text, String key) {
        Node root = composer(new StreamReader(text)).getSingleNode();
        if (root instanceof MappingNode map) {
            root = map.getValue().stream().filter(t -> t.getKeyNode() instanceof ScalarNode k
                    && k.getValue().equals(key)).map(NodeTuple::getValueNode).findFirst().orElse(null);
        }
        return root instanceof SequenceNode list
                ? list.getValue().stream().mapToInt(n -> n.getStartMark().getLine() + 1).toArray() : new int[0];
    }

    /**
     * Parses {@code text}, which starts on line {@code firstLine} of {@code file}.
     *
     * @throws AnnalsException naming the file, the line and the parser's message
     */
    public static Object load(String text, String file, int firstLine) {
        try {
            SafeConstructor constructor = new SafeConstructor(OPTIONS);
            constructor.setAllowDuplicateKeys(OPTIONS.isAllowDuplicateKeys());
            constructor.setWrappedToRootException(OPTIONS.isWrappedToRootException());
            constructor.setComposer(composer(new StreamReader(text)));
            return constructor.getSingleData(Object.class);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            String what = (e.getContext() == null ? "" : e.getContext() + ", ") + e.getProblem();
            throw new AnnalsException(file, line, "invalid YAML: " + what
                    + ". Fix the YAML syntax (quote values that contain ': ' or start with a special character).", e);
        } catch (YAMLException e) {
            throw new AnnalsException(file, firstLine, "invalid YAML: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // SnakeYAML's resolver takes '._' for a float that its constructor then cannot parse (found by fuzzing)
            throw new AnnalsException(file, firstLine, "invalid YAML: a value looks like a number but is not one ("
                    + e.getMessage() + "); quote it.", e);
        }
    }
}
