package dev.annals.render;

import dev.annals.annotate.AnnotatedArticle;
import dev.annals.build.AnnalsException;
import dev.annals.build.Problem;
import dev.annals.clean.Article;
import dev.annals.clean.Block;
import dev.annals.clean.BlockKind;
import dev.annals.entity.Discovery;
import dev.annals.entity.Entity;
import dev.annals.entity.Mention;
import dev.annals.index.Archive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the build report, a page for the maintainer kept outside the public site: every block that did
 * not stay body text and why, what was inferred, articles with suspiciously short bodies, and all problems.
 */
public final class ReportRenderer {
    /** Bodies shorter than this many words are listed as suspicious. */
    static final int SHORT_BODY_WORDS = 60;

    private final Templates templates;

    public ReportRenderer(Path overrides) {
        this.templates = new Templates(overrides);
    }

    public void write(Archive archive, List<Problem> problems, List<Discovery.Candidate> suggestions, Path file) {
        List<Map<String, Object>> articles = new ArrayList<>();
        List<Map<String, Object>> suspicious = new ArrayList<>();
        archive.articles().stream().sorted((a, b) -> a.article().file().compareTo(b.article().file())).forEach(a -> {
                    Map<String, Object> v = article(a);
                    articles.add(v);
                    if ((int) v.get("words") < SHORT_BODY_WORDS) {
                        suspicious.add(v);
                    }
                });
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("articles", articles);
        model.put("suspicious", suspicious);
        model.put("discovered", archive.entities().stream().filter(e -> e.entity().discovered())
                .map(e -> Map.of("name", e.entity().name(), "id", e.entity().id(), "yaml",
                        Discovery.yaml(e.entity(), List.of()))).toList());
        model.put("suggestions", suggestions.stream().map(c -> Map.of("name", c.name(), "count", c.count(),
                "yaml", Discovery.yaml(new Entity(c.id(), c.type(), c.names(), c.aliases(), null, null),
                        c.evidence().stream().limit(3).toList()))).toList());
        model.put("problems", problems.stream().map(p -> Map.of(
                "severity", p.severity().name().toLowerCase(Locale.ROOT),
                "where", (p.file() == null ? "" : p.file()) + (p.line() > 0 ? ":" + p.line() : ""),
                "message", p.message())).toList());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, templates.render("report.ftlh", model), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AnnalsException("cannot write the build report " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> article(AnnotatedArticle annotated) {
        Article a = annotated.article();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("file", a.file());
        v.put("slug", a.slug());
        v.put("title", a.meta().title());
        v.put("lang", a.meta().lang());
        v.put("date", a.meta().date() == null ? "none" : a.meta().date().toString());
        v.put("words", a.textBlocks().stream().mapToInt(b -> b.text().split("\\s+").length).sum());
        v.put("inferred", a.meta().inferred().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Map.of("field", e.getKey(), "reason", e.getValue())).toList());
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (Block b : a.blocks()) {
            if (b.kind() != BlockKind.BODY) {
                blocks.add(Map.of("line", b.line(), "kind", b.kind().name().toLowerCase(Locale.ROOT),
                        "text", b.text().length() > 300 ? b.text().substring(0, 300) + "…" : b.text(),
                        "reason", b.reason() + (b.detail() == null || b.detail().isEmpty() ? "" : " (" + b.detail() + ")")));
            }
        }
        v.put("blocks", blocks);
        List<Map<String, Object>> fuzzy = new ArrayList<>();
        for (int i = 0; i < a.blocks().size(); i++) {
            String text = a.blocks().get(i).text();
            for (Mention m : annotated.annotations().get(i).mentions()) {
                if (m.fuzzy()) {
                    fuzzy.add(Map.of("line", a.blocks().get(i).line(), "text", text.substring(m.start(), m.end()),
                            "entity", m.entityId(), "evidence", m.evidence()));
                }
            }
        }
        v.put("fuzzy", fuzzy);
        v.put("unresolved", annotated.unresolvedDates());
        return v;
    }
}
