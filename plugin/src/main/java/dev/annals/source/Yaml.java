package dev.annals.source;

import dev.annals.build.AnnalsException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Loads YAML safely (plain types only, few aliases, bounded size) with errors that name file and line. */
public final class Yaml {
    private Yaml() {
    }

    /**
     * Parses {@code text}, which starts on line {@code firstLine} of {@code file}.
     *
     * @throws AnnalsException naming the file, the line and the parser's message
     */
    public static Object load(String text, String file, int firstLine) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(5_000_000);
        try {
            return new org.yaml.snakeyaml.Yaml(new SafeConstructor(options)).load(text);
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
