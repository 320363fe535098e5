package dev.annals.source;

import dev.annals.build.AnnalsException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Loads YAML safely (plain types only, few aliases, bounded size) with errors that name file and line. */
public final class Yaml {
    private Yaml() {
    }

    private static org.yaml.snakeyaml.Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(5_000_000);
        return new org.yaml.snakeyaml.Yaml(new SafeConstructor(options));
    }

    /**
     * The 1-based line of each item of the document's list (or of the list under {@code key} of its top
     * mapping), for messages about one item; empty when there is no such list. Call after {@link #load}.
     */
    public static int[] itemLines(String text, String key) {
        Node root = yaml().compose(new java.io.StringReader(text));
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
            return yaml().load(text);
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
