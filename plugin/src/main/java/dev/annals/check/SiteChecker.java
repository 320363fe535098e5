package dev.annals.check;

import dev.annals.build.AnnalsException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks a built site folder: every internal link, anchor and asset resolves inside it, no link is
 * root-absolute (the site must work under any path prefix), and no page repeats an id.
 */
public final class SiteChecker {
    private SiteChecker() {
    }

    /** The problems found, each as "page: what", sorted; empty when the site is sound. */
    public static List<String> check(Path site) {
        Path root = site.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new AnnalsException("no site to check at " + root + "; build it first (annals:generate).");
        }
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(root)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new AnnalsException("cannot read " + root + ": " + e.getMessage(), e);
        }
        Map<Path, Set<String>> ids = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            Document d = parse(page);
            Set<String> seen = new HashSet<>();
            for (Element e : d.select("[id]")) {
                if (!seen.add(e.id())) {
                    problems.add(root.relativize(page) + ": duplicate id '" + e.id() + "'");
                }
            }
            ids.put(page, seen);
        }
        for (Path page : pages) {
            for (Element e : parse(page).select("a[href], link[href], script[src], img[src], source[src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                String problem = target(root, page, ref, ids);
                if (problem != null) {
                    problems.add(root.relativize(page) + ": " + problem);
                }
            }
        }
        return problems.stream().sorted().toList();
    }

    private static String target(Path root, Path page, String ref, Map<Path, Set<String>> ids) {
        URI uri;
        try {
            uri = new URI(ref.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return "malformed link '" + ref + "'";
        }
        if (uri.getScheme() != null || ref.startsWith("//")) {
            return null;
        }
        if (ref.startsWith("/")) {
            return "root-absolute link '" + ref + "' breaks under a path prefix; make it relative";
        }
        String path = uri.getPath();
        Path target = path == null || path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!target.startsWith(root)) {
            return "link '" + ref + "' leaves the site";
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return "broken link '" + ref + "'";
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                && !ids.getOrDefault(target, Set.of()).contains(fragment)) {
            return "missing anchor '" + ref + "'";
        }
        return null;
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new AnnalsException("cannot read " + page + ": " + e.getMessage(), e);
        }
    }
}
