package dev.annals.entity;

import dev.annals.entity.Names.Token;
import dev.annals.util.Lazy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds the names of a gazetteer's entities in text, token by token, longest name first. Each token is looked
 * up by its lower-cased form (and, outside Vietnamese, without diacritics: "Linkevicius" finds
 * "Linkevičius"), so the cost is linear in the text and independent of the gazetteer's size. Case must agree
 * with the name, except that a text in capitals (a speaker label) matches. Possessives ("Lukashenko’s") match
 * because the apostrophe ends the token; titles ("President", "ông") are not part of names.
 *
 * <p>A capitalised token of seven letters or more that is one or two edits from a name token (found through
 * a {@link FuzzyIndex}) is a misspelling of it when the evidence is strong: the article also names the same
 * entity exactly, or the token is long (ten letters or more), one edit away and close to no other name. The
 * token must not also occur in lower case in the article (a common word). Such mentions carry their evidence.
 *
 * <p>Hand-written: Aho-Corasick libraries match fixed strings, not per-token case, diacritic-folding and
 * edit-distance rules that differ by language.
 */
public final class EntityMatcher {
    /** A name form's tokens, with their upper case, diacritic-free form and keys worked out once. */
    private record Name(String[] tokens, String[] upper, String[] stripped, String[] strippedUpper, String[] keys,
                        String[] foldedKeys, boolean[] foldable, String entityId, Gazetteer.Form form) {
        static Name of(String[] tokens, boolean[] foldable, Gazetteer.Form form) {
            String[] stripped = map(tokens, Names::strip);
            return new Name(tokens, map(tokens, t -> t.toUpperCase(Locale.ROOT)), stripped,
                    map(stripped, t -> t.toUpperCase(Locale.ROOT)), map(tokens, t -> Names.key(t, false)),
                    map(stripped, Names::lower), foldable, form.entityId(), form); // lower(strip(t)): key(t, true)
        }

        /** A loop, not a stream: the gazetteer's thousands of names are mapped while the JVM is still cold. */
        private static String[] map(String[] in, java.util.function.UnaryOperator<String> f) {
            String[] out = new String[in.length];
            for (int i = 0; i < in.length; i++) {
                out[i] = f.apply(in[i]);
            }
            return out;
        }

        int length() {
            return tokens.length;
        }

        /** {@link Names#key} of token {@code k}. */
        String key(int k) {
            return foldable[k] ? foldedKeys[k] : keys[k];
        }

        /** Whether {@link #match} reads {@code o}'s first token as this one's. */
        boolean sameFirstWord(Name o) {
            return foldable[0] == o.foldable[0] && tokens[0].equals(o.tokens[0]);
        }
    }

    /**
     * A text's tokens with what matching asks of each, worked out once rather than per candidate name (the
     * diacritic-free forms and keys when first asked for). Used by one thread, for one text.
     */
    private static final class Scan {
        final List<Token> tokens;
        final String[] nfc;
        final boolean[] foldable;
        /** The names that link in the text's language, by first token. */
        final Map<String, List<Name>> names;
        final String[] lower;
        private final String[] stripped;
        private final String[] foldedKeys;
        /** Whether each token may be a misspelling ({@link #eligible}): 0 when not yet asked, 1 yes, 2 no. */
        private final byte[] eligible;

        Scan(String text, String lang, Map<String, List<Name>> names) {
            tokens = Names.tokens(text);
            nfc = new String[tokens.size()];
            lower = new String[nfc.length];
            foldable = new boolean[tokens.size()];
            for (int i = 0; i < nfc.length; i++) {
                String token = tokens.get(i).text();
                boolean ascii = Names.isAscii(token); // NFC and foldable as it is
                nfc[i] = ascii ? token : Names.nfc(token);
                lower[i] = nfc[i].toLowerCase(Locale.ROOT);
                foldable[i] = ascii || Names.foldable(nfc[i], lang);
            }
            this.names = names;
            stripped = new String[nfc.length];
            foldedKeys = new String[nfc.length];
            eligible = new byte[nfc.length];
        }

        String stripped(int i) {
            return stripped[i] != null ? stripped[i] : (stripped[i] = Names.strip(nfc[i]));
        }

        /** {@link Names#key} of token {@code i}: its lower case unless folding changes it (never in ASCII). */
        String key(int i, boolean fold) {
            if (!fold) {
                return lower[i];
            }
            String k = foldedKeys[i];
            return k != null ? k : (foldedKeys[i] = Names.isAscii(nfc[i]) ? lower[i] : Names.key(nfc[i], true));
        }

        boolean eligible(int i) {
            if (eligible[i] == 0) {
                eligible[i] = (byte) (EntityMatcher.eligible(nfc[i]) ? 1 : 2);
            }
            return eligible[i] == 1;
        }
    }

    /** A match at a position: exact (fuzzyAt &lt; 0) or with one misspelt token, and the exact fallback. */
    private record Hit(int start, int end, Name name, int fuzzyAt, String token, Hit fallback) {
    }

    private static final int LONG = 10;

    private final Map<String, List<Name>> byFirstToken = new HashMap<>();
    /** {@link #byFirstToken} without the names that do not link in a language, by the texts' language or "". */
    private final Map<String, Map<String, List<Name>>> byLanguage = new java.util.concurrent.ConcurrentHashMap<>();
    private final FuzzyIndex fuzzy;
    /** The keys of every name token: a token that is one is not read as a misspelling of another. */
    private final Set<String> known;

    public EntityMatcher(Gazetteer gazetteer) {
        Set<String> tokenKeys = new HashSet<>();
        for (Gazetteer.Form form : gazetteer.forms()) {
            Name name = name(form);
            if (name == null) {
                continue;
            }
            for (int k = 0; k < name.length(); k++) {
                tokenKeys.add(name.key(k));
            }
            String lower = name.keys()[0];
            byFirstToken.computeIfAbsent(lower, k -> new ArrayList<>()).add(name);
            if (!name.key(0).equals(lower)) {
                byFirstToken.computeIfAbsent(name.key(0), k -> new ArrayList<>()).add(name);
            }
        }
        byFirstToken.values().forEach(l -> l.sort(Comparator.comparingInt((Name n) -> -n.length())
                .thenComparing(Name::entityId)));
        this.fuzzy = new FuzzyIndex(tokenKeys);
        this.known = tokenKeys; // not changed after this
    }

    /** The name {@code form} spells, or null when it has no tokens. */
    private static Name name(Gazetteer.Form form) {
        List<Token> tokens = Names.tokens(form.text());
        if (tokens.isEmpty()) {
            return null;
        }
        String[] texts = new String[tokens.size()];
        boolean[] foldable = new boolean[texts.length];
        for (int k = 0; k < texts.length; k++) {
            texts[k] = Names.nfc(tokens.get(k).text());
            foldable[k] = Names.foldable(texts[k], form.lang());
        }
        return Name.of(texts, foldable, form);
    }

    /** The mentions in a text of unknown language: forms restricted to some languages do not link. */
    public List<Mention> find(String text) {
        return find(text, null);
    }

    public List<Mention> find(String text, String lang) {
        return find(List.of(text), lang).get(0);
    }

    /**
     * The mentions in each of an article's texts (its blocks); the article as a whole is the evidence for
     * misspellings.
     */
    public List<List<Mention>> find(List<String> texts, String lang) {
        return find(texts, lang, null);
    }

    /** As {@link #find(List, String)}, adding each text's tokens ({@link Names#tokens}) to {@code tokens} if given. */
    List<List<Mention>> find(List<String> texts, String lang, List<List<Token>> tokens) {
        List<List<Hit>> hits = new ArrayList<>();
        Set<String> exact = new HashSet<>();
        List<Scan> scans = new ArrayList<>();
        Map<String, List<Name>> names = namesIn(lang);
        for (String text : texts) {
            Scan scan = new Scan(text, lang, names);
            scans.add(scan);
            if (tokens != null) {
                tokens.add(scan.tokens);
            }
            List<Hit> found = new ArrayList<>();
            for (int i = 0; i < scan.tokens.size(); ) {
                Hit hit = at(scan, i);
                if (hit == null) {
                    i++;
                } else {
                    found.add(hit);
                    if (hit.fuzzyAt() < 0) {
                        exact.add(hit.name().entityId());
                    }
                    i += hit.name().length();
                }
            }
            hits.add(found);
        }
        // the words in lower case, for misspellings only: most articles have none
        Supplier<Set<String>> lowerCase = Lazy.of(() -> {
            Set<String> words = new HashSet<>();
            for (Scan scan : scans) {
                for (int i = 0; i < scan.tokens.size(); i++) {
                    if (!Names.capitalised(scan.nfc[i])) {
                        words.add(scan.lower[i]);
                    }
                }
            }
            return words;
        });
        List<List<Mention>> out = new ArrayList<>();
        for (List<Hit> found : hits) {
            List<Mention> mentions = new ArrayList<>();
            for (Hit h : found) {
                Mention m = mention(h, exact, lowerCase);
                if (m != null) {
                    mentions.add(m);
                }
            }
            out.add(List.copyOf(mentions));
        }
        return out;
    }

    /** The names that link in texts in {@code lang}, by first token; worked out once per language. */
    private Map<String, List<Name>> namesIn(String lang) {
        return byLanguage.computeIfAbsent(lang == null ? "" : lang, k -> {
            Map<String, List<Name>> out = new HashMap<>();
            byFirstToken.forEach((token, names) -> {
                List<Name> linking = names.stream().filter(n -> n.form().linksIn(lang)).toList();
                if (!linking.isEmpty()) {
                    out.put(token, linking);
                }
            });
            return out;
        });
    }

    private Mention mention(Hit h, Set<String> exact, Supplier<Set<String>> lowerCase) {
        if (h.fuzzyAt() < 0) {
            return new Mention(h.start(), h.end(), h.name().entityId());
        }
        String id = h.name().entityId();
        String want = h.name().tokens()[h.fuzzyAt()];
        String key = Names.key(h.token(), Names.foldable(h.token(), null));
        int distance = Names.distance(key, Names.key(want, h.name().foldable()[h.fuzzyAt()]));
        String why = "‘" + h.token() + "’ read as ‘" + want + "’ (" + distance + (distance == 1 ? " edit" : " edits")
                + ")";
        String evidence = null;
        if (lowerCase.get().contains(Names.lower(h.token()))) {
            return h.fallback() == null ? null : mention(h.fallback(), exact, lowerCase); // a common word
        } else if (exact.contains(id)) {
            evidence = why + ": the article also names " + id + " exactly";
        } else if (key.length() >= LONG && distance == 1 && fuzzy.near(key, 2).size() == 1) {
            evidence = why + ": a long name close to no other";
        }
        if (evidence != null) {
            return new Mention(h.start(), h.end(), id, evidence);
        }
        return h.fallback() == null ? null : mention(h.fallback(), exact, lowerCase);
    }

    private Hit at(Scan scan, int i) {
        List<Token> tokens = scan.tokens;
        Token t = tokens.get(i);
        String lower = scan.lower[i];
        String folded = scan.foldable[i] ? scan.key(i, true) : lower;
        Hit exact = null;
        Hit misspelt = null;
        Name failedFirst = null; // the last name whose first token failed here: names that share it fail too
        // the lower-case key, then the folded one when it differs
        for (String key = lower; key != null; key = key == lower && !folded.equals(lower) ? folded : null) {
            List<Name> starting = scan.names.getOrDefault(key, List.of());
            for (int k = 0; k < starting.size(); k++) { // by index: an iterator for each token adds up
                Name n = starting.get(k);
                if (exact != null && n.length() <= exact.name().length()
                        || failedFirst != null && failedFirst.sameFirstWord(n)) {
                    continue;
                }
                int m = match(n, scan, i);
                if (m == -3) {
                    failedFirst = n;
                } else if (m == -1) {
                    exact = hit(tokens, i, n, -1, null);
                } else if (m >= 0 && (misspelt == null || n.length() > misspelt.name().length())) {
                    misspelt = hit(tokens, i, n, m, null);
                }
            }
        }
        if (exact == null && eligible(t.text()) && !known.contains(folded)) {
            String key = folded;
            for (String near : fuzzy.near(key, maxDistance(key))) {
                for (Name n : scan.names.getOrDefault(near, List.of())) {
                    if ((misspelt == null || n.length() > misspelt.name().length()) && match(n, scan, i) == 0) {
                        misspelt = hit(tokens, i, n, 0, null);
                    }
                }
            }
        }
        if (misspelt == null || exact != null && exact.name().length() >= misspelt.name().length()) {
            return exact;
        }
        return hit(tokens, i, misspelt.name(), misspelt.fuzzyAt(), exact);
    }

    private static Hit hit(List<Token> tokens, int i, Name n, int fuzzyAt, Hit fallback) {
        return new Hit(tokens.get(i).start(), tokens.get(i + n.length() - 1).end(), n, fuzzyAt,
                fuzzyAt < 0 ? null : tokens.get(i + fuzzyAt).text(), fallback);
    }

    /**
     * -3: no match, for the first token alone (a name with the same first token fails too); -2: no match; -1:
     * exact; k &ge; 0: matches with token k misspelt.
     */
    private static int match(Name name, Scan scan, int i) {
        List<Token> tokens = scan.tokens;
        String[] want = name.tokens();
        if (i + want.length > tokens.size()) {
            return -2;
        }
        int fuzzyAt = -1;
        for (int k = 0; k < want.length; k++) {
            Token t = tokens.get(i + k);
            if (k > 0 && !adjacent(tokens.get(i + k - 1), t)) {
                return -2;
            }
            String text = scan.nfc[i + k];
            boolean fold = name.foldable()[k] && scan.foldable[i + k];
            if (Names.sameCase(want[k], name.upper()[k], text)
                    || fold && Names.sameCase(name.stripped()[k], name.strippedUpper()[k], scan.stripped(i + k))) {
                continue;
            }
            if (fuzzyAt >= 0 || !scan.eligible(i + k) || !Names.capitalised(want[k])) {
                return k == 0 ? -3 : -2;
            }
            String key = scan.key(i + k, fold);
            if (Names.distance(key, fold ? name.foldedKeys()[k] : name.keys()[k]) > maxDistance(key)) {
                return k == 0 ? -3 : -2;
            }
            fuzzyAt = k;
        }
        return fuzzyAt;
    }

    private static boolean eligible(String token) {
        return token.length() >= FuzzyIndex.MIN_LENGTH && Names.capitalised(token) && Names.letters(token) == token.length();
    }

    private static int maxDistance(String key) {
        return key.length() >= LONG ? 2 : 1;
    }

    /** Tokens of one name are separated by a single character in the text (a space or a hyphen). */
    private static boolean adjacent(Token a, Token b) {
        return b.start() - a.end() == 1;
    }
}
