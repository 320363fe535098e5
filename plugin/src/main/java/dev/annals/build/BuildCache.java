package dev.annals.build;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.serializers.ImmutableCollectionsSerializers;
import com.esotericsoftware.kryo.util.Pool;
import dev.annals.annotate.AnnotatedArticle;
import dev.annals.annotate.BlockAnnotations;
import dev.annals.annotate.Event;
import dev.annals.annotate.Excerpt;
import dev.annals.clean.Article;
import dev.annals.clean.Block;
import dev.annals.clean.BlockKind;
import dev.annals.clean.LineStats;
import dev.annals.clean.Meta;
import dev.annals.entity.Discovery;
import dev.annals.entity.Entity;
import dev.annals.entity.EntityType;
import dev.annals.entity.Mention;
import dev.annals.render.SiteWriter;
import dev.annals.render.Templates;
import dev.annals.time.DateMention;
import dev.annals.time.Granularity;
import dev.annals.time.PartialDate;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a build leaves for the next one: per article file, what each per-article stage made of it and what
 * archive-wide evidence that stage read. A later build reuses a stage's result only when the file's content
 * hash and that evidence are unchanged, so its output is the same as a clean build's. Everything lives under
 * one folder (by default {@code target/annals-cache}) keyed by the code (this plugin, its theme, its libraries,
 * the JDK), the gazetteer, the rules and the templates: when any of them changes, the cache starts empty. (The
 * other settings reach only page models, which carry them.)
 *
 * <p>Entries are records serialised by Kryo (several times faster to read back than JDK serialisation, which
 * took 5 s for 10,000 articles); a file that cannot be read is a miss, never an error.
 */
final class BuildCache implements AutoCloseable {
    /** No cache: every lookup misses and nothing is stored. */
    static final BuildCache NONE = new BuildCache(null, null, BuildMemory.NONE);
    private static final BuildMemory.Kind<Entry> ENTRY = new BuildMemory.Kind<>();
    private static final BuildMemory.Kind<StoredScan> SCAN = new BuildMemory.Kind<>();
    /** Names of the entries that belong to no article (an article's is a hash in hex). */
    private static final String ARCHIVE_WIDE = "archive-";

    private final Path entries;
    private final Pool<Kryo> kryos = new Pool<>(true, false) {
        @Override
        protected Kryo create() {
            return kryo();
        }
    };

    /** Held while a build uses the cache, so that a second build at the same time goes without it. */
    private final FileChannel lock;
    /** The entries and scans as last read or written, by file: one process's builds need not read them back. */
    private final BuildMemory memory;

    private BuildCache(Path entries, FileChannel lock, BuildMemory memory) {
        this.entries = entries;
        this.lock = lock;
        this.memory = memory;
    }

    /** What this process keeps between builds with this cache ({@link BuildMemory#NONE} without one). */
    BuildMemory memory() {
        return memory;
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.close(); // releases the lock
            }
        } catch (IOException e) {
            throw new AnnalsException("cannot release the build cache's lock: " + e.getMessage(), e);
        }
    }

    /** The files of the site the previous build left, as {@link SiteWriter} recorded them; empty when unknown. */
    Map<String, SiteWriter.Page> pages() {
        Path file = entries == null ? null : entries.resolveSibling("annals-pages.tsv");
        Map<String, SiteWriter.Page> out = new HashMap<>();
        try {
            if (file != null && Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file)) {
                    String[] f = line.split("\t");
                    out.put(f[0], new SiteWriter.Page(f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), f[4]));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of(); // unreadable: every page is written anew
        }
        return out;
    }

    /** Records the files of the site just written; {@code null} forgets them (the site is not the one recorded). */
    void pages(Map<String, SiteWriter.Page> pages) {
        if (entries == null) {
            return;
        }
        Path file = entries.resolveSibling("annals-pages.tsv");
        try {
            if (pages == null) {
                Files.deleteIfExists(file);
                return;
            }
            StringBuilder b = new StringBuilder();
            pages.forEach((path, p) -> {
                if (path.indexOf('\t') < 0 && path.indexOf('\n') < 0) {
                    b.append(path).append('\t').append(p.fingerprint()).append('\t').append(p.size()).append('\t')
                            .append(p.modified()).append('\t').append(p.file()).append('\n');
                }
            });
            Files.writeString(file, b);
        } catch (IOException e) {
            throw new AnnalsException("cannot write the build cache's list of pages " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * One article file as the previous build left it.
     *
     * @param hash          the file's content hash
     * @param lineKeys      its body's distinct line keys, for the archive's line counts
     * @param readProblems  what reading it reported
     * @param lookups       the keys of the lines cleaning asked the archive's line counts about, sorted
     * @param repeated      those of them that were repeated, sorted
     * @param article       the article, or null when cleaning dropped it
     * @param cleanProblems what cleaning it reported
     * @param gazetteer     the hash of the gazetteer it was annotated against, or null
     * @param annotated     the annotated article, or null
     */
    record Entry(String file, String hash, String slug, long[] lineKeys, List<Problem> readProblems,
                 long[] lookups, long[] repeated, Article article, List<Problem> cleanProblems, String gazetteer,
                 AnnotatedArticle annotated) {
        /** Whether the article was cleaned against the same answers as {@code stats} gives. */
        boolean cleanedAsBy(LineStats stats) {
            for (long key : lookups) {
                if (stats.repeated(key) != (java.util.Arrays.binarySearch(repeated, key) >= 0)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** What an article gave name discovery; {@code stamp} identifies the article it was made from. */
    record StoredScan(String file, String stamp, Discovery.Scan scan) {
    }

    /**
     * The cache in {@code dir} for builds with this {@code key}, emptied when it was left by another key; or
     * {@link #NONE} while another build uses it. {@code memory} keeps entries for the builds after this one in the
     * same process.
     */
    static BuildCache open(Path dir, String key, BuildMemory memory) {
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve("annals-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (lock(channel) == null) {
                channel.close();
                return NONE;
            }
            Path keyFile = dir.resolve("annals-key");
            if (!Files.isRegularFile(keyFile) || !Files.readString(keyFile).equals(key)) {
                SiteSwap.delete(dir.resolve("annals-entries")); // only what the cache made, under names of its own
                SiteSwap.delete(dir.resolve("annals-values"));
                Files.deleteIfExists(dir.resolve("annals-pages.tsv"));
                Files.createDirectories(dir.resolve("annals-entries"));
                Files.writeString(keyFile, key);
                memory.clear(); // deleted with the cache (by this build, or by hand while the server ran)
            }
            memory.begin(key, dir.resolve("annals-values"));
            return new BuildCache(dir.resolve("annals-entries"), channel, memory);
        } catch (IOException | AnnalsException e) {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw new AnnalsException("cannot use the build cache " + dir + " (" + e.getMessage()
                    + "); delete that folder, or build without it.", e);
        }
    }

    private static FileLock lock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by another build in this JVM
        }
    }

    /** The entry of {@code file}, or null. */
    Entry get(String file) {
        Entry e = memory.find(ENTRY, file);
        if (e == null && (e = read(path(file, ".bin"), Entry.class)) != null && e.file().equals(file)) {
            memory.put(ENTRY, file, e);
        }
        return e != null && e.file().equals(file) ? e : null;
    }

    void put(Entry entry) {
        write(path(entry.file(), ".bin"), entry);
        memory.put(ENTRY, entry.file(), entry);
    }

    /** The scan of {@code file} made from the article {@code stamp} names, or null. */
    Discovery.Scan scan(String file, String stamp) {
        StoredScan s = memory.find(SCAN, file);
        if (s == null && (s = read(path(file, ".scan"), StoredScan.class)) != null && s.file().equals(file)) {
            memory.put(SCAN, file, s);
        }
        return s != null && s.file().equals(file) && s.stamp().equals(stamp) ? s.scan() : null;
    }

    void scan(String file, String stamp, Discovery.Scan scan) {
        StoredScan s = new StoredScan(file, stamp, scan);
        write(path(file, ".scan"), s);
        memory.put(SCAN, file, s);
    }

    /** The entities parsed from the gazetteer (part of the key), or null. */
    List<Entity> curated() {
        KeptEntities kept = read(entries == null ? null : entries.resolve(ARCHIVE_WIDE + "curated"), KeptEntities.class);
        return kept == null ? null : kept.entities();
    }

    void curated(List<Entity> entities) {
        write(entries == null ? null : entries.resolve(ARCHIVE_WIDE + "curated"), new KeptEntities(entities));
    }

    record KeptEntities(List<Entity> entities) {
    }

    /**
     * Writes an entity's components with plain collections: its names map is an unmodifiable view, which Kryo
     * cannot make.
     */
    private static final class EntitySerializer extends com.esotericsoftware.kryo.Serializer<Entity> {
        @Override
        public void write(Kryo kryo, Output out, Entity e) {
            out.writeString(e.id());
            kryo.writeObject(out, e.type());
            kryo.writeObject(out, new TreeMap<>(e.names()));
            kryo.writeObject(out, new ArrayList<>(e.aliases()));
            out.writeString(e.wikidata());
            out.writeString(e.description());
            out.writeBoolean(e.discovered());
        }

        @Override
        @SuppressWarnings("unchecked")
        public Entity read(Kryo kryo, Input in, Class<? extends Entity> type) {
            return new Entity(in.readString(), kryo.readObject(in, EntityType.class), kryo.readObject(in, TreeMap.class),
                    kryo.readObject(in, ArrayList.class), in.readString(), in.readString(), in.readBoolean());
        }
    }

    private <T> T read(Path p, Class<T> type) {
        if (p == null || !Files.isRegularFile(p)) {
            return null;
        }
        Kryo kryo = kryos.obtain();
        try (Input in = new Input(Files.readAllBytes(p))) { // entries are small: no 64 KB buffer for each
            return kryo.readObject(in, type);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged or foreign entry is a miss: the article is simply built again
        } finally {
            kryos.free(kryo);
        }
    }

    private void write(Path p, Object value) {
        if (p == null || entries == null) {
            return;
        }
        Path tmp = p.resolveSibling(p.getFileName() + ".tmp");
        Kryo kryo = kryos.obtain();
        try (Output out = new Output(Files.newOutputStream(tmp), 1 << 13)) {
            kryo.writeObject(out, value);
        } catch (IOException | KryoException e) {
            throw new AnnalsException("cannot write the build cache entry " + tmp + ": " + e.getMessage(), e);
        } finally {
            kryos.free(kryo);
        }
        try {
            Files.move(tmp, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AnnalsException("cannot write the build cache entry " + p + ": " + e.getMessage(), e);
        }
    }

    /**
     * Kryo for the entries' types only (any other type in a file fails to read, so a file cannot make the
     * build load a class); records by their components, shared objects (an article and its annotated form) once.
     */
    private static Kryo kryo() {
        Kryo kryo = new Kryo();
        kryo.setRegistrationRequired(true);
        kryo.setReferences(true);
        ImmutableCollectionsSerializers.registerSerializers(kryo);
        for (Class<?> c : List.of(Entry.class, StoredScan.class, Article.class, Meta.class, Block.class, BlockKind.class,
                AnnotatedArticle.class, BlockAnnotations.class, Mention.class, DateMention.class, PartialDate.class,
                Granularity.class, Event.class, Excerpt.class, Problem.class, Problem.Severity.class,
                Discovery.Scan.class, Discovery.Occurrence.class, Discovery.Definition.class, EntityType.class,
                long[].class, int[].class, LocalDate.class, ArrayList.class, HashMap.class, TreeMap.class, KeptEntities.class)) {
            kryo.register(c);
        }
        kryo.register(Entity.class, new EntitySerializer());
        return kryo;
    }

    /** Removes the entries of files not in {@code files} (articles deleted since). */
    void retain(java.util.Set<String> files) {
        if (entries == null) {
            return;
        }
        java.util.Set<String> keep = new java.util.HashSet<>();
        files.forEach(f -> keep.add(path(f, "").getFileName().toString()));
        keep.add(ARCHIVE_WIDE + "curated");
        try (Stream<Path> all = Files.list(entries)) {
            for (Path p : all.filter(p -> !keep.contains(beforeDot(p.getFileName().toString()))).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new AnnalsException("cannot clean the build cache " + entries + ": " + e.getMessage(), e);
        }
    }

    private static String beforeDot(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private Path path(String file, String suffix) {
        return entries == null ? Path.of("") : entries.resolve(hash(file.getBytes(StandardCharsets.UTF_8)) + suffix);
    }

    /** The SHA-256 of {@code bytes}, in hex. */
    static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static String hash(String text) {
        return hash(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /**
     * The key of a build's cache: the code that builds (this plugin, the theme, the libraries' versions, the JDK)
     * and the inputs besides the articles that a cached result can depend on.
     */
    static String key(BuildConfig config, List<Class<?>> code) {
        MessageDigest d = sha256();
        // the JDK's Unicode tables (normalisation, letters, case) shape every stage's results
        Stream.of("annals-cache-1", System.getProperty("java.vm.vendor"), Runtime.version().toString())
                .forEach(s -> update(d, s));
        try {
            for (Class<?> c : code) {
                CodeSource source = c.getProtectionDomain().getCodeSource();
                codeHash(d, source == null ? null : source.getLocation(), c.getName());
            }
            java.net.URL theme = BuildCache.class.getResource(Templates.THEME + "/assets.txt");
            codeHash(d, theme == null ? null : jarOrFolder(theme, Templates.THEME + "/assets.txt"), "theme");
            for (Path f : Stream.of(config.entities(), config.rules()).toList()) {
                update(d, f == null || !Files.isRegularFile(f) ? "-" : hash(Files.readAllBytes(f)));
            }
            if (config.templates() != null && Files.isDirectory(config.templates())) {
                folder(d, config.templates());
            }
        } catch (IOException e) {
            throw new AnnalsException("cannot read the build's inputs to key its cache: " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** The code at {@code location} (a jar or a class folder), by content; {@code name} when it is unknown. */
    private static void codeHash(MessageDigest d, java.net.URL location, String name) throws IOException {
        Path p;
        try {
            p = location == null ? null : Path.of(location.toURI());
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            p = null;
        }
        if (p == null) {
            update(d, location == null ? name : location.toString());
        } else if (Files.isDirectory(p)) {
            folder(d, p);
        } else if (p.getFileName().toString().startsWith("annals")) {
            update(d, hash(Files.readAllBytes(p))); // this project's own jars change without a version change
        } else {
            update(d, p.getFileName().toString()); // a released library: its file name holds its version
        }
    }

    /** The jar or class folder that holds {@code resource}, found at {@code url}. */
    private static java.net.URL jarOrFolder(java.net.URL url, String resource) throws IOException {
        String s = url.toString();
        if (s.startsWith("jar:") && s.contains("!/")) {
            return java.net.URI.create(s.substring(4, s.indexOf("!/"))).toURL();
        }
        return s.endsWith(resource) ? java.net.URI.create(s.substring(0, s.length() - resource.length() + 1)).toURL() : url;
    }

    private static void folder(MessageDigest d, Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                update(d, dir.relativize(f).toString().replace('\\', '/'));
                update(d, hash(Files.readAllBytes(f)));
            }
        }
    }

    private static void update(MessageDigest d, String s) {
        d.update(s.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
    }
}
