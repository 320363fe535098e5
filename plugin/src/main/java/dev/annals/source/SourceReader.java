package dev.annals.source;

import dev.annals.build.AnnalsException;
import dev.annals.build.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Reads article files: decoding, line ends, front matter and slugs. */
public final class SourceReader {
    /** The largest article file read: far above any article, low enough that every stage stays quick. */
    public static final long MAX_BYTES = 4_000_000;

    private final Problems problems;

    public SourceReader(Problems problems) {
        this.problems = problems;
    }

    /** Article files under {@code root} ({@code .txt}, {@code .md}, {@code .markdown}), sorted, hidden ones skipped. */
    public static List<Path> list(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> format(p) != null)
                    .filter(p -> !isHidden(root.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new AnnalsException("Cannot list articles in " + root + ": " + e.getMessage(), e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".") || part.toString().startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    static Format format(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Format.TEXT;
        }
        return name.endsWith(".md") || name.endsWith(".markdown") ? Format.MARKDOWN : null;
    }

    /** Reads every article under {@code root}; files that fail are reported and left out. Slugs are unique. */
    public List<Source> readAll(Path root) {
        List<Source> read = list(root).parallelStream().map(path -> {
            byte[] bytes = load(root, path);
            return bytes == null ? null : parseOrReport(file(root, path), bytes);
        }).filter(java.util.Objects::nonNull).toList();
        return unique(read, Source::file, Source::slug);
    }

    /** {@code items} in order without those whose slug an earlier one has, each of which is reported. */
    public <T> List<T> unique(List<T> items, java.util.function.Function<T, String> file,
                              java.util.function.Function<T, String> slug) {
        List<T> out = new ArrayList<>();
        Map<String, String> fileBySlug = new HashMap<>();
        for (T item : items) {
            String other = fileBySlug.putIfAbsent(slug.apply(item), file.apply(item));
            if (other != null) {
                problems.error(file.apply(item), 0, "slug '" + slug.apply(item) + "' is also the slug of " + other
                        + "; set a different 'slug' in the front matter of one of them.");
                continue;
            }
            out.add(item);
        }
        return List.copyOf(out);
    }

    /** The name of {@code path} in messages: relative to {@code root}, with forward slashes. */
    public static String file(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    /** One file's bytes, or null when it is too large or cannot be read (the problem is reported). */
    public byte[] load(Path root, Path path) {
        String file = file(root, path);
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                problems.error(file, 0, String.format(Locale.ROOT, "is %.1f MB; articles over %d MB are refused, "
                        + "so split it or remove it.", size / 1e6, MAX_BYTES / 1_000_000));
                return null;
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            problems.error(file, 0, "cannot read: " + e.getMessage());
        }
        return null;
    }

    /** As {@link #parse}, but a file that cannot be parsed is reported and null returned. */
    public Source parseOrReport(String file, byte[] bytes) {
        try {
            return parse(file, bytes);
        } catch (AnnalsException e) {
            problems.add(e.problem());
            return null;
        }
    }

    /** Parses one file's bytes; {@code file} names it in messages and gives its default slug. */
    public Source parse(String file, byte[] bytes) {
        String text = Normalizer.normalize(decode(file, bytes), Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n');
        FrontMatter frontMatter = FrontMatter.EMPTY;
        String body = text;
        int bodyLine = 1;
        if (text.startsWith("---\n")) {
            int end = findClosingFence(text);
            if (end < 0) {
                throw new AnnalsException(file, 1, "front matter opened with '---' is never closed; "
                        + "add a line '---' after it.");
            }
            String yaml = text.substring(4, end);
            int afterFence = text.indexOf('\n', end);
            body = afterFence < 0 ? "" : text.substring(afterFence + 1);
            bodyLine = 2 + (int) yaml.chars().filter(c -> c == '\n').count() + 1;
            frontMatter = frontMatter(file, yaml);
        }
        String base = Path.of(file).getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String slug = Slugs.of(frontMatter.string("slug").orElse(base));
        if (slug.isEmpty()) {
            throw new AnnalsException(file, 1, "the slug is empty; give the file a name with letters or digits, "
                    + "or set 'slug' in its front matter.");
        }
        return new Source(file, slug, format(Path.of(file)) == null ? Format.TEXT : format(Path.of(file)),
                frontMatter, body, bodyLine);
    }

    private static int findClosingFence(String text) {
        int pos = 4;
        while (pos <= text.length()) {
            int eol = text.indexOf('\n', pos);
            String line = text.substring(pos, eol < 0 ? text.length() : eol);
            if (line.equals("---") || line.equals("...")) {
                return pos;
            }
            if (eol < 0) {
                return -1;
            }
            pos = eol + 1;
        }
        return -1;
    }

    private FrontMatter frontMatter(String file, String yaml) {
        Object parsed = Yaml.load(yaml, file, 2);
        if (parsed == null) {
            return FrontMatter.EMPTY;
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new AnnalsException(file, 2, "front matter must be a YAML mapping of keys to values, such as "
                    + "'title: ...'.");
        }
        Map<String, Object> values = new HashMap<>();
        map.forEach((k, v) -> {
            String key = String.valueOf(k);
            if (!FrontMatter.KEYS.contains(key)) {
                problems.warn(file, lineOf(yaml, key), "unknown front matter key '" + key + "' is ignored; known keys: "
                        + String.join(", ", FrontMatter.KEYS.stream().sorted().toList()) + ".");
            }
            values.put(key, v);
        });
        FrontMatter fm = new FrontMatter(values);
        try {
            fm.check();
        } catch (IllegalArgumentException e) {
            String key = e.getMessage().substring(0, e.getMessage().indexOf(' '));
            throw new AnnalsException(file, lineOf(yaml, key), e.getMessage() + ".");
        }
        return fm;
    }

    private static int lineOf(String yaml, String key) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":")) {
                return i + 2;
            }
        }
        return 2;
    }

    /** Decodes UTF-8 (BOM optional) or BOM-marked UTF-16; invalid UTF-8 is an error with its byte offset. */
    static String decode(String file, byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        // The String constructor's decoding is the fastest; it replaces bad bytes with U+FFFD, so a text holding
        // that character is decoded again, strictly, to tell bad bytes from the character itself.
        String s = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
            CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length), true);
            if (result.isError()) {
                throw new AnnalsException(file, 0, "is not valid UTF-8 (bad byte at offset " + in.position()
                        + "); save it as UTF-8.");
            }
        }
        if (s.indexOf('\0') >= 0) {
            throw new AnnalsException(file, 0, "contains NUL bytes, so it is not a text file; remove it or "
                    + "convert it to UTF-8 text.");
        }
        return s;
    }

}
