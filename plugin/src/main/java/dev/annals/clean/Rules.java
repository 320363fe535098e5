package dev.annals.clean;

import dev.annals.build.AnnalsException;
import dev.annals.source.Yaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Loads classification rules: the built-in {@code rules.yml} and an archive's own file in the same format. */
public final class Rules {
    private static final java.util.Set<BlockKind> RULE_KINDS = java.util.Set.of(BlockKind.BOILERPLATE,
            BlockKind.METADATA, BlockKind.CAPTION, BlockKind.HEADING, BlockKind.BODY);

    private Rules() {
    }

    /** The built-in rules followed by those of {@code archiveRules} (may be null), which are tried first. */
    public static List<Rule> load(Path archiveRules) {
        List<Rule> rules = new ArrayList<>();
        if (archiveRules != null) {
            try {
                rules.addAll(parse(Files.readString(archiveRules), archiveRules.toString()));
            } catch (IOException e) {
                throw new AnnalsException(archiveRules.toString(), 0, "cannot read rules: " + e.getMessage());
            }
        }
        try (InputStream in = Rules.class.getResourceAsStream("rules.yml")) {
            rules.addAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in rules.yml"));
        } catch (IOException e) {
            throw new AnnalsException("cannot read built-in rules: " + e.getMessage(), e);
        }
        return List.copyOf(rules);
    }

    static List<Rule> parse(String yaml, String file) {
        Object root = Yaml.load(yaml, file, 1);
        Object list = root instanceof Map<?, ?> m ? m.get("rules") : null;
        if (!(list instanceof List<?> entries)) {
            throw new AnnalsException(file, 1, "expected 'rules:' followed by a list of {id, kind, pattern}.");
        }
        List<Rule> rules = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> e) || e.get("pattern") == null && e.get("text") == null) {
                throw new AnnalsException(file, 0, "rule " + entry + " needs a 'pattern' (regex) or a 'text'.");
            }
            String id = String.valueOf(e.get("id") == null ? "archive-rule" : e.get("id"));
            BlockKind kind;
            try {
                kind = BlockKind.valueOf(String.valueOf(e.get("kind") == null ? "boilerplate" : e.get("kind"))
                        .toUpperCase(Locale.ROOT));
                if (!RULE_KINDS.contains(kind)) {
                    throw new IllegalArgumentException(kind.name());
                }
            } catch (IllegalArgumentException ex) {
                throw new AnnalsException(file, 0, "rule '" + id + "' has kind '" + e.get("kind")
                        + "'; use boilerplate, metadata, caption, heading or body.");
            }
            String regex = e.get("pattern") != null ? String.valueOf(e.get("pattern"))
                    : "^" + Pattern.quote(String.valueOf(e.get("text")).strip()) + "$";
            int max = e.get("max") instanceof Number n ? n.intValue() : 200;
            try {
                rules.add(new Rule(id, kind, Pattern.compile(regex,
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), max,
                        e.get("needs") == null ? null : String.valueOf(e.get("needs"))));
            } catch (PatternSyntaxException ex) {
                throw new AnnalsException(file, 0, "rule '" + id + "': invalid regex: " + ex.getDescription());
            }
        }
        return rules;
    }
}
