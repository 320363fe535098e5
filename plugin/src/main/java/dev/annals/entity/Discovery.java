package dev.annals.entity;

import dev.annals.entity.Names.Token;
import dev.annals.source.Slugs;
import dev.annals.util.Lazy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names a gazetteer lacks: capitalised runs of words (not common words, not sentence-initial capitals
 * that also occur in lower case), names after titles ("ông X", "President X"), transcript speaker labels and
 * acronyms with their definitions ("Royal United Services Institute (RUSI)"). Candidates are typed by cues:
 * person (title, speaker label, first name), organisation (Institute, Council, News…), place (a built-in
 * country, "in X", "ở X", "tại X"); surnames, misspellings and definitions merge into one candidate.
 *
 * <p>Hand-written: statistical recognisers (OpenNLP, CoreNLP) need large trained models per language and
 * ship none for Vietnamese; cues and capitalisation work in both languages with nothing to load.
 */
public final class Discovery {
    /** An article's text: {@code id} names it in the evidence. */
    public record Doc(String id, String lang, String text) {
    }

    /**
     * A name found in the articles.
     *
     * @param names    the name by language
     * @param aliases  other forms found (surname alone, misspellings, the acronym)
     * @param evidence excerpts of the articles that name it
     * @param defined  true when the text defines it ("Full Name (ACRONYM)")
     */
    public record Candidate(String id, String name, EntityType type, Map<String, String> names, List<String> aliases,
                            int count, List<String> articles, List<String> evidence, boolean defined) {
    }

    private static final Set<String> STOP = Set.of(("the a an and but or so if as at by for from in into of on to "
            + "with without after before although though because while when where which who whom whose what why how "
            + "this that these those it its he she they we i you his her their our my your him them us me there here "
            + "then than also even still just only well yes no not now today yesterday tomorrow meanwhile however "
            + "according reports thank thanks hey hello please all some many most more much other another any each "
            + "every both such one two three four five six seven eight nine ten first second third last next new old "
            + "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
            + "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec worth "
            + "speaking right okay ok transcript copyright home leave learn available play live up is are was were be "
            + "been has have had do does did will would can could should might must let non "
            + "trong theo sau về hai có cuộc các những người kể hồi ngay cũng thủ tuy ngoài nước thế vẫn nếu thông "
            + "nói bản quý tháp điều lãnh báo cảnh biểu trả bởi chúng tôi sự hôm từ khi đã và là của với cho một này "
            + "đó năm tháng ngày tại ở vào ra nhưng mà thì hiện được").split(" "));
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "de", "von", "van", "del", "da",
            "di", "la", "le", "al", "bin");
    private static final Set<String> PLACE_CUES = Set.of("in", "at", "from", "near", "ở", "tại", "đến", "tới", "sang");
    private static final Set<String> ORG_WORDS = Set.of("institute", "organization", "organisation", "council",
            "commission", "center", "centre", "union", "agency", "ministry", "department", "party", "committee",
            "news", "times", "university", "bank", "fund", "forces", "force", "association", "service", "services",
            "corporation", "court", "parliament", "assembly", "army", "office", "bureau", "images", "press",
            "tổ", "bộ", "hội", "ủy", "viện", "đảng", "ngân", "hãng", "điện", "cơ");
    private static final Set<String> FIRST_NAMES = Set.of("Alexander", "Aleksandr", "Vladimir", "Svetlana",
            "Sviatlana", "Dmitry", "Dmitri", "Jens", "Emily", "Linas", "Lucian", "Mary", "Mikhail", "Sergei", "Sergey",
            "John", "James", "Michael", "David", "Robert", "William", "Joe", "Donald", "Maria", "Anna", "Olga",
            "Natalia", "Elena", "Ivan", "Igor", "Andrei", "Andriy", "Viktor", "Yulia", "Emmanuel", "Angela", "Boris",
            "Volodymyr", "Antony", "Joseph", "George", "Peter", "Paul", "Mark", "Thomas", "Richard", "Charles",
            "Elizabeth", "Sarah", "Anne", "Nikolai", "Pavel", "Yevgeny", "Alexei", "Alexey", "Maxim", "Roman");
    private static final Pattern LABEL = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}\\p{M} .'’-]*?)(?:,\\s*\\p{Lu}[\\p{Lu} ]*)?:\\s");
    private static final Pattern ACRONYM = Pattern.compile("\\(\\s*(\\p{Lu}{2,6})\\s*\\)");
    private static final Pattern ACRONYM_FIRST = Pattern.compile("\\b(\\p{Lu}{2,6})\\s*\\(([^()]{4,80})\\)");

    /** Documents matched in parallel at a time. */
    private static final int CHUNK = 512;

    /** The matcher of the gazetteer, made on the first scan: when every scan is stored, never. */
    private final Supplier<EntityMatcher> matcher;
    private final Map<String, String> placeIds = new HashMap<>();
    private final Map<String, Set<String>> placeLangs = new HashMap<>();

    /** Discovers what {@code gazetteer} does not match; built-in countries only type candidates. */
    public Discovery(Gazetteer gazetteer) {
        this(gazetteer, BuiltInPlaces.all());
    }

    /** As {@link #Discovery(Gazetteer)}, with {@code places} as kept from {@link BuiltInPlaces#all()}. */
    public Discovery(Gazetteer gazetteer, List<BuiltInPlaces.Place> places) {
        this(places, () -> new EntityMatcher(gazetteer));
    }

    /** As {@link #Discovery(Gazetteer, List)}, with the gazetteer's matcher made (or kept) by {@code matcher}. */
    public Discovery(List<BuiltInPlaces.Place> places, Supplier<EntityMatcher> matcher) {
        this.matcher = Lazy.of(matcher);
        for (BuiltInPlaces.Place p : places) {
            for (Gazetteer.Form f : p.forms()) {
                placeIds.put(Names.lower(f.text()), p.entity().id());
                placeLangs.put(Names.lower(f.text()), f.activeIn());
            }
        }
    }

    private static final class Acc {
        final Map<String, Map<String, Integer>> forms = new TreeMap<>();
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> articles = new LinkedHashSet<>();
        final List<String> evidence = new ArrayList<>();
        final Map<EntityType, Integer> votes = new HashMap<>();
        int count;
        int tokens;
        boolean defined;
        boolean acronym;
        String placeId;

        String name() {
            Map<String, Integer> f = forms.getOrDefault("en", forms.values().iterator().next());
            return f.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(e -> !Names.allCaps(e.getKey()) || acronym)).orElseThrow().getKey();
        }

        void add(Scan doc, String name, EntityType vote, String excerpt) {
            forms.computeIfAbsent(doc.lang(), k -> new HashMap<>()).merge(name, 1, Integer::sum);
            count++;
            articles.add(doc.id());
            if (vote != null) {
                votes.merge(vote, 1, Integer::sum);
            }
            if (evidence.size() < 3) {
                evidence.add(doc.id() + ": " + excerpt);
            }
        }

        void absorb(Acc o) {
            o.forms.forEach((lang, f) -> f.forEach((n, c) -> aliases.add(n)));
            aliases.addAll(o.aliases);
            articles.addAll(o.articles);
            o.evidence.stream().limit(Math.max(0, 3 - evidence.size())).forEach(evidence::add);
            o.votes.forEach((t, c) -> votes.merge(t, c, Integer::sum));
            count += o.count;
            defined |= o.defined;
        }

        EntityType type() {
            if (placeId != null) {
                return EntityType.PLACE;
            }
            for (EntityType t : List.of(EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PLACE)) {
                if (votes.getOrDefault(t, 0) > 0 && votes.get(t) * 2 >= votes.values().stream()
                        .mapToInt(Integer::intValue).sum()) {
                    return t;
                }
            }
            return acronym ? EntityType.ORGANIZATION : EntityType.OTHER;
        }
    }

    /** The candidates in {@code docs}, most often named first. */
    public List<Candidate> find(List<Doc> docs) {
        return find(docs, new Scans() {
            @Override
            public Scan stored(int doc, Set<String> lowerWords) {
                return null;
            }

            @Override
            public void store(int doc, Scan scan) {
            }
        });
    }

    /** Scans kept from an earlier run, by the index of their document. */
    public interface Scans {
        /** The kept scan of document {@code doc} if it {@link Scan#holds} for {@code lowerWords}, else null. */
        Scan stored(int doc, Set<String> lowerWords);

        /** Keeps the scan just made of document {@code doc}. */
        void store(int doc, Scan scan);

        /** The {@link #lowerWords} of document {@code doc}, which is {@code d}. */
        default java.util.Collection<String> lowerWords(int doc, Doc d) {
            return Discovery.lowerWords(d);
        }
    }

    /** As {@link #find(List)}, scanning only the documents that {@code scans} has no valid scan of. */
    public List<Candidate> find(List<Doc> docs, Scans scans) {
        // The per-document work that needs no other document runs in parallel; the accumulation in document order.
        Set<String> lowerWords = java.util.stream.IntStream.range(0, docs.size()).parallel()
                .mapToObj(i -> scans.lowerWords(i, docs.get(i))).flatMap(java.util.Collection::stream)
                .collect(java.util.stream.Collectors.toSet());
        Tally tally = new Tally();
        for (int from = 0; from < docs.size(); from += CHUNK) { // in chunks, so the mentions of all are never held
            java.util.stream.IntStream.range(from, Math.min(docs.size(), from + CHUNK)).parallel().mapToObj(i -> {
                Scan scan = scans.stored(i, lowerWords);
                if (scan == null) {
                    scan = scan(docs.get(i), lowerWords);
                    scans.store(i, scan);
                }
                return scan;
            }).toList().forEach(tally::add);
        }
        return tally.candidates(lowerWords);
    }

    /** The words of {@code doc} that start in lower case, lower-cased: a capital there is only the sentence's. */
    public static Set<String> lowerWords(Doc doc) {
        String text = doc.text();
        Set<String> out = new HashSet<>();
        Names.eachToken(text, (start, end) -> { // no token made for each word: most start in upper case or repeat
            if (Character.isLowerCase(text.codePointAt(start))) {
                out.add(Names.lower(text.substring(start, end)));
            }
        });
        return out;
    }

    /** What one document adds to the candidates, found without the others. */
    public Scan scan(Doc doc, Set<String> lowerWords) {
        Map<String, Boolean> lookups = new TreeMap<>();
        Predicate<String> lower = w -> lookups.computeIfAbsent(w, lowerWords::contains);
        List<String> lines = List.of(doc.text().split("\n"));
        List<List<Token>> tokens = new ArrayList<>(); // each line's, as the matcher made them
        List<List<Mention>> knownMentions = matcher.get().find(lines, doc.lang(), tokens);
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            scanLine(doc, lines.get(i), tokens.get(i), knownMentions.get(i), lower, ops);
        }
        return new Scan(doc.id(), doc.lang(), ops, lookups);
    }

    /**
     * What one document adds to the candidates, in order, and the words it looked up among the archive's
     * lower-case words with the answers: the scan holds for another archive whose answers are the same.
     */
    public record Scan(String id, String lang, List<Op> ops, Map<String, Boolean> lookups) {
        public Scan {
            ops = List.copyOf(ops);
            lookups = Map.copyOf(lookups);
        }

        public boolean holds(Set<String> lowerWords) {
            return lookups.entrySet().stream().allMatch(e -> lowerWords.contains(e.getKey()) == e.getValue());
        }
    }

    /** One addition to the candidates: a name found in a line, or a definition of an acronym. */
    public sealed interface Op permits Occurrence, Definition {
    }

    public record Occurrence(String key, String name, EntityType vote, String excerpt, int tokens, boolean acronym,
                      String place) implements Op {
    }

    public record Definition(String key, String acronym, String definition, EntityType vote, String line) implements Op {
    }

    /** The candidates of scans added in document order, so that the result does not depend on scheduling. */
    public static final class Tally {
        private final Map<String, Acc> accs = new LinkedHashMap<>();

        public void add(Scan scan) {
            for (Op op : scan.ops()) {
                if (op instanceof Occurrence o) {
                    Acc a = accs.computeIfAbsent(o.key(), k -> new Acc());
                    a.tokens = o.tokens();
                    a.acronym |= o.acronym();
                    a.placeId = a.placeId != null ? a.placeId : o.place();
                    a.add(scan, o.name(), o.vote(), o.excerpt());
                } else if (op instanceof Definition d) {
                    Acc a = accs.computeIfAbsent(d.key(), k -> new Acc());
                    a.acronym = true;
                    a.defined = true;
                    a.tokens = 1;
                    a.forms.computeIfAbsent(scan.lang(), k -> new HashMap<>()).merge(d.definition(), 100, Integer::sum);
                    a.aliases.add(d.acronym());
                    a.votes.merge(d.vote(), 1, Integer::sum);
                    a.articles.add(scan.id());
                    if (a.evidence.size() < 3) {
                        a.evidence.add(scan.id() + ": " + d.line());
                    }
                }
            }
        }

        /** The candidates, most often named first; the tally is spent. */
        public List<Candidate> candidates(Set<String> lowerWords) {
            mergeVariants(accs);
            List<Candidate> out = new ArrayList<>();
            accs.forEach((key, a) -> {
                if (keep(a, lowerWords)) {
                    String name = a.name();
                    Map<String, String> names = new TreeMap<>();
                    a.forms.forEach((lang, f) -> names.put(lang, f.entrySet().stream()
                            .max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
                    names.replaceAll((lang, n) -> Names.allCaps(n) && !a.acronym ? titleCase(n) : n);
                    List<String> aliases = a.aliases.stream().filter(x -> !names.containsValue(x)).toList();
                    String id = a.placeId != null ? a.placeId : Slugs.of(a.acronym ? key : titleCase(name));
                    out.add(new Candidate(id, a.acronym && a.defined ? names.values().iterator().next() : name,
                            a.type(), names, aliases, a.count, List.copyOf(a.articles), List.copyOf(a.evidence),
                            a.defined));
                }
            });
            out.sort((x, y) -> y.count() != x.count() ? y.count() - x.count() : x.id().compareTo(y.id()));
            return List.copyOf(out);
        }
    }

    private void scanLine(Doc doc, String line, List<Token> lineTokens, List<Mention> knownHere,
                          Predicate<String> isLower, List<Op> ops) {
        List<Token> tokens = new ArrayList<>();
        int next = 0; // the first mention that does not end before the token: both are in text order
        for (Token t : lineTokens) {
            while (next < knownHere.size() && knownHere.get(next).end() <= t.start()) {
                next++;
            }
            boolean known = next < knownHere.size() && knownHere.get(next).start() < t.end();
            if (!known && Names.letters(t.text()) > 0) {
                tokens.add(t);
            }
        }
        long caps = tokens.stream().filter(t -> Names.capitalised(t.text())).count();
        if (tokens.size() >= 2 && caps * 4 >= tokens.size() * 3L) {
            return; // a headline in title case
        }
        int from = 0;
        Matcher label = LABEL.matcher(line);
        if (label.find() && Names.tokens(label.group(1)).size() <= 4
                && knownHere.stream().noneMatch(m -> m.start() < label.end(1) && m.end() > label.start(1))) {
            String name = Names.stripTitles(label.group(1).strip());
            if (!Names.tokens(name).isEmpty() && !STOP.contains(Names.lower(name))) {
                occurrence(doc, titleCase(name), EntityType.PERSON, line, ops);
            }
            from = label.end();
        }
        definitions(doc, line, ops);
        List<String> lower = tokens.stream().map(t -> Names.lower(t.text())).toList();
        List<Token> run = new ArrayList<>();
        EntityType cue = null;
        String before = null;
        for (int j = 0; j <= tokens.size(); j++) {
            Token t = j < tokens.size() ? tokens.get(j) : null;
            if (t != null && t.start() < from) {
                continue;
            }
            int title = t == null ? 0 : Names.titleLength(lower, j);
            boolean joins = t != null && title == 0 && Names.capitalised(t.text()) && (run.isEmpty()
                    || line.substring(run.get(run.size() - 1).end(), t.start()).equals(" "));
            boolean connector = t != null && !run.isEmpty() && CONNECTORS.contains(lower.get(j))
                    && j + 1 < tokens.size() && Names.capitalised(tokens.get(j + 1).text())
                    && line.substring(run.get(run.size() - 1).end(), t.start()).equals(" ");
            if (joins || connector) {
                if (run.isEmpty()) {
                    before = j > 0 ? lower.get(j - 1) : null;
                }
                run.add(t);
                continue;
            }
            if (!run.isEmpty()) {
                run(doc, line, run, cue, before, isLower, ops);
                run = new ArrayList<>();
            }
            cue = title > 0 ? EntityType.PERSON : null;
            if (title > 0) {
                j += title - 1;
            } else if (t != null && Names.capitalised(t.text())) {
                run.add(t);
                before = j > 0 ? lower.get(j - 1) : null;
            }
        }
    }

    private void run(Doc doc, String line, List<Token> run, EntityType cue, String before, Predicate<String> isLower,
                     List<Op> ops) {
        List<Token> r = new ArrayList<>(run);
        while (!r.isEmpty() && (STOP.contains(Names.lower(r.get(0).text())) || CONNECTORS.contains(
                Names.lower(r.get(0).text())) || initial(line, r.get(0)) && isLower.test(
                Names.lower(r.get(0).text())))) {
            r.remove(0);
            cue = null;
        }
        while (!r.isEmpty() && (STOP.contains(Names.lower(r.get(r.size() - 1).text()))
                || CONNECTORS.contains(Names.lower(r.get(r.size() - 1).text())))) {
            r.remove(r.size() - 1);
        }
        if (r.isEmpty() || r.size() > 1 && r.stream().allMatch(t -> Names.allCaps(t.text()))) {
            return;
        }
        for (int k = 1; k < r.size(); k++) {
            boolean firstName = FIRST_NAMES.contains(r.get(k).text());
            boolean placeBefore = place(line.substring(r.get(0).start(), r.get(k - 1).end()), doc.lang()) != null;
            if (firstName || placeBefore) {
                run(doc, line, r.subList(0, k), placeBefore ? EntityType.PLACE : cue, before, isLower, ops);
                run(doc, line, r.subList(k, r.size()), firstName ? EntityType.PERSON : null, null, isLower,
                        ops);
                return;
            }
        }
        String name = line.substring(r.get(0).start(), r.get(r.size() - 1).end());
        EntityType vote = cue;
        if (r.stream().anyMatch(t -> ORG_WORDS.contains(Names.lower(t.text())))) {
            vote = EntityType.ORGANIZATION;
        } else if (vote == null && FIRST_NAMES.contains(r.get(0).text()) && r.size() > 1) {
            vote = EntityType.PERSON;
        } else if (vote == null && before != null && PLACE_CUES.contains(before)) {
            vote = EntityType.PLACE;
        }
        occurrence(doc, name, vote, line, ops);
    }

    private void occurrence(Doc doc, String name, EntityType vote, String line, List<Op> ops) {
        String key = Names.lower(name);
        int tokens = Names.tokens(name).size();
        boolean acronym = tokens == 1 && Names.allCaps(name) && name.length() <= 6;
        String place = place(name, doc.lang());
        int at = Math.max(0, line.indexOf(name));
        String excerpt = line.substring(Math.max(0, at - 60), Math.min(line.length(), at + name.length() + 60)).strip();
        ops.add(new Occurrence(key, name, vote, excerpt, tokens, acronym, place));
    }

    private String place(String name, String lang) {
        String key = Names.lower(name);
        Set<String> langs = placeLangs.get(key);
        return langs != null && (langs.isEmpty() || langs.contains(lang)) ? placeIds.get(key) : null;
    }

    /** "Full Name (ACR)" and "ACR (Full Name)": the definition names the acronym in the article's language. */
    private void definitions(Doc doc, String line, List<Op> ops) {
        if (line.indexOf('(') < 0) {
            return; // both patterns need one
        }
        Matcher m = ACRONYM.matcher(line);
        while (m.find()) {
            String def = definitionBefore(line.substring(0, m.start()), m.group(1));
            if (def != null) {
                define(doc, m.group(1), def, line, ops);
            }
        }
        m = ACRONYM_FIRST.matcher(line);
        while (m.find()) {
            String def = m.group(2).strip();
            List<Token> t = Names.tokens(def);
            if (t.size() >= 2 && Names.capitalised(def) && !def.equals(def.toUpperCase(Locale.ROOT))) {
                define(doc, m.group(1), def, line, ops);
            }
        }
    }

    private void define(Doc doc, String acronym, String def, String line, List<Op> ops) {
        List<Token> t = Names.tokens(def);
        if (Names.titleLength(t.stream().map(x -> Names.lower(x.text())).toList(), 0) == t.size()) {
            return; // "Tổng thống (TT)" abbreviates a title, not a name
        }
        String key = Names.lower(acronym);
        EntityType vote = t.stream().anyMatch(x -> ORG_WORDS.contains(Names.lower(x.text())))
                ? EntityType.ORGANIZATION : EntityType.OTHER;
        ops.add(new Definition(key, acronym, def, vote, line.strip()));
    }

    /** The words before "(ACR)" whose initials spell it, else a Vietnamese-style run ("Tổ chức Hiệp ước …"). */
    private static String definitionBefore(String text, String acronym) {
        List<Token> t = Names.tokens(text);
        int n = t.size();
        StringBuilder initials = new StringBuilder();
        for (int k = n - 1; k >= 0 && n - k <= 12; k--) {
            String w = t.get(k).text();
            if (CONNECTORS.contains(w)) {
                continue;
            }
            if (!Names.capitalised(w)) {
                break;
            }
            initials.insert(0, Character.toUpperCase(w.charAt(0)));
            if (initials.toString().equals(acronym)) {
                return text.substring(t.get(k).start(), t.get(n - 1).end());
            }
        }
        int start = n;
        for (int k = n - 1; k >= 0; k--) {
            boolean cap = Names.capitalised(t.get(k).text());
            if (cap) {
                start = k;
            } else if (k == 0 || !Names.capitalised(t.get(k - 1).text())) {
                break;
            }
        }
        return n - start >= 2 ? text.substring(t.get(start).start(), t.get(n - 1).end()) : null;
    }

    /**
     * Misspellings, surnames and spelled-out acronyms join the candidate they belong to. Each key is compared
     * only with the keys that could be one word off from it (same words but one, and that one's length within
     * two) and each surname only with the names it starts or ends: comparing every pair took most of discovery's
     * time at 100,000 articles. The candidates are tried in key order, so the result is that of every pair.
     */
    private static void mergeVariants(Map<String, Acc> accs) {
        List<String> keys = new ArrayList<>(accs.keySet());
        Map<String, List<Integer>> near = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            for (String bucket : buckets(keys.get(i), 0)) {
                near.computeIfAbsent(bucket, b -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            Acc a = accs.get(k);
            if (a == null || a.acronym) {
                continue;
            }
            java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
            for (String bucket : buckets(k, 2)) {
                candidates.addAll(near.getOrDefault(bucket, List.of()));
            }
            for (int j : candidates) {
                String other = keys.get(j);
                Acc b = accs.get(other);
                if (b != null && b != a && !b.acronym && b.count >= a.count && oneTokenOff(k, other)) {
                    b.absorb(a);
                    accs.remove(k);
                    break;
                }
            }
        }
        for (String k : List.copyOf(accs.keySet())) {
            Acc a = accs.get(k);
            if (a != null && a.acronym && a.defined) {
                a.forms.values().stream().flatMap(f -> f.keySet().stream()).map(Names::lower)
                        .filter(def -> !def.equals(k)).toList().forEach(def -> {
                            Acc spelled = accs.remove(def);
                            if (spelled != null) {
                                a.absorb(spelled);
                            }
                        });
            }
        }
        List<String> remaining = List.copyOf(accs.keySet());
        Map<String, java.util.Set<String>> byEnd = new HashMap<>(); // first or last word -> multi-word keys
        for (String o : remaining) {
            int first = o.indexOf(' ');
            if (first >= 0) {
                byEnd.computeIfAbsent(o.substring(0, first), w -> new LinkedHashSet<>()).add(o);
                byEnd.computeIfAbsent(o.substring(o.lastIndexOf(' ') + 1), w -> new LinkedHashSet<>()).add(o);
            }
        }
        for (String k : remaining) {
            Acc a = accs.get(k);
            if (a.tokens != 1 || a.acronym) {
                continue;
            }
            List<String> owners = byEnd.getOrDefault(k, java.util.Set.of()).stream().filter(o -> accs.get(o) != null
                    && accs.get(o).tokens > 1 && accs.get(o).type() == EntityType.PERSON
                    && (o.endsWith(" " + k) || o.startsWith(k + " "))).toList();
            if (owners.size() == 1) {
                accs.get(owners.get(0)).absorb(a);
                accs.remove(k);
            }
        }
    }

    /**
     * The buckets of keys one word off from {@code key} may share (see {@link #oneTokenOff}): its words with one
     * long word replaced by a length within {@code spread} of that word's.
     */
    private static List<String> buckets(String key, int spread) {
        String[] words = key.split(" ");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() < FuzzyIndex.MIN_LENGTH) {
                continue;
            }
            for (int length = words[i].length() - spread; length <= words[i].length() + spread; length++) {
                String[] masked = words.clone();
                masked[i] = "\u0000" + length;
                out.add(String.join(" ", masked));
            }
        }
        return out;
    }

    /** Same number of words, and all equal but one long word a misspelling of the other's. */
    private static boolean oneTokenOff(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length != y.length) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < x.length; i++) {
            if (!x[i].equals(y[i])) {
                int d = Names.distance(x[i], y[i]);
                if (++diff > 1 || Math.min(x[i].length(), y[i].length()) < FuzzyIndex.MIN_LENGTH
                        || d > (x[i].length() >= 10 ? 2 : 1)) {
                    return false;
                }
            }
        }
        return diff == 1;
    }

    private static boolean keep(Acc a, Set<String> lowerWords) {
        String name = a.name();
        String low = Names.lower(name);
        if (a.defined) {
            return true;
        }
        if (a.tokens > 1) {
            return !demonym(low.substring(low.lastIndexOf(' ') + 1));
        }
        boolean cue = !a.votes.isEmpty() || a.placeId != null;
        boolean vietnamese = a.forms.containsKey("vi") && !Names.isAscii(name) && a.forms.size() == 1;
        return !STOP.contains(low) && !lowerWords.contains(low) && Names.letters(name) >= (a.acronym ? 2 : 3)
                && (!demonym(low) || a.votes.containsKey(EntityType.PERSON)) && !vietnamese
                && (a.count >= 2 || cue && !a.acronym);
    }

    private static boolean demonym(String word) {
        return word.matches(".*(ian|ians|ean|eans|ese|ish)");
    }

    private static boolean initial(String line, Token t) {
        int i = t.start() - 1;
        while (i >= 0 && " \t\"“‘'(".indexOf(line.charAt(i)) >= 0) {
            if ("\"“‘'(".indexOf(line.charAt(i)) >= 0) {
                return true;
            }
            i--;
        }
        return i < 0 || ".!?:;…—–".indexOf(line.charAt(i)) >= 0;
    }

    private static String titleCase(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Names.isWordChar(c);
        }
        return b.toString();
    }

    /** The discovered entities: candidates named in two articles or more, or defined in the text. */
    public static List<Entity> entities(List<Candidate> candidates) {
        Map<String, Entity> out = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (c.articles().size() < 2 && !c.defined()) {
                continue;
            }
            Entity e = new Entity(c.id(), c.type(), c.names(), c.aliases(), null, null, true);
            out.merge(c.id(), e, (x, y) -> {
                Map<String, String> names = new TreeMap<>(y.names());
                names.putAll(x.names());
                List<String> aliases = new ArrayList<>(new LinkedHashSet<>(x.aliases()));
                y.aliases().stream().filter(s -> !aliases.contains(s)).forEach(aliases::add);
                return new Entity(x.id(), x.type(), names, aliases, null, null, true);
            });
        }
        return List.copyOf(out.values());
    }

    /** A ready-to-paste {@code entities.yml} entry, with the evidence as a comment. */
    public static String yaml(Entity e, List<String> evidence) {
        StringBuilder b = new StringBuilder();
        evidence.forEach(x -> b.append("  # ").append(x.replace('\n', ' ')).append('\n'));
        b.append("  - id: ").append(e.id()).append('\n');
        b.append("    type: ").append(e.type().id()).append('\n');
        b.append("    names: {");
        b.append(String.join(", ", e.names().entrySet().stream().map(n -> n.getKey() + ": " + scalar(n.getValue()))
                .toList())).append("}\n");
        if (!e.aliases().isEmpty()) {
            b.append("    aliases: [").append(String.join(", ", e.aliases().stream().map(Discovery::scalar).toList()))
                    .append("]\n");
        }
        return b.toString();
    }

    private static String scalar(String s) {
        return s.matches("[^:{}\\[\\],#&*!|>'\"%@`?\\-][^:{}\\[\\],#]*") && s.equals(s.strip())
                ? s : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
