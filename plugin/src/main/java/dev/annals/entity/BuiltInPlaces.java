package dev.annals.entity;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import dev.annals.source.Slugs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Countries and territories (ISO 3166) named in every language the JDK's and ICU's locale data know. A name
 * links in texts of its own language; the English name and the country's own name (in its most likely
 * language) link in every text. Names that are ambiguous (two countries), shorter than three letters, in a
 * script written without spaces, or English common words and first names ("Chad", "Jordan") are left out.
 */
public final class BuiltInPlaces {
    /** A country: its entity (names by language) and the forms the matcher looks for. */
    public record Place(Entity entity, List<Gazetteer.Form> forms) {
        public Place {
            forms = List.copyOf(forms);
        }
    }

    /** English names that are also common words or first names: linked only in other languages. */
    private static final Set<String> NOT_IN_ENGLISH = Set.of("Chad", "Jordan", "Georgia", "Jersey", "Man",
            "Réunion", "Reunion");
    private static final Map<String, List<String>> MORE_ENGLISH = Map.of("TR", List.of("Türkiye"),
            "CZ", List.of("Czech Republic"), "CI", List.of("Ivory Coast"), "CV", List.of("Cape Verde"),
            "KR", List.of("South Korea"), "KP", List.of("North Korea"),
            "US", List.of("United States of America", "USA"), "GB", List.of("Britain", "Great Britain"),
            "MK", List.of("Macedonia"), "VA", List.of("Vatican"));

    private static final Pattern BRACKETS = Pattern.compile("(.+?)\\s*[(（](.+)[)）]");

    private BuiltInPlaces() {
    }

    /**
     * Read from {@value #TABLE}, which the plugin's build writes with {@link #main} from the JDK's and ICU's data;
     * worked out from that data (two seconds of two cores) where the table is missing, as in an IDE.
     */
    public static List<Place> all() {
        return Holder.ALL;
    }

    private static final class Holder {
        static final List<Place> ALL = load();
    }

    /** The table's resource name, beside this class. */
    static final String TABLE = "built-in-places.tsv";

    /** Writes the table to the file {@code args[0]}; run by the plugin's build after compiling. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, write(build()));
    }

    /**
     * The places as lines: "P", the id and the names (language, name, ...); then "F", the text, the language
     * and the languages it links in (comma-separated, empty for all) for each of its forms. Tab-separated.
     */
    static String write(List<Place> places) {
        StringBuilder b = new StringBuilder();
        for (Place p : places) {
            b.append("P\t").append(field(p.entity().id()));
            p.entity().names().forEach((lang, name) -> b.append('\t').append(field(lang)).append('\t')
                    .append(field(name)));
            b.append('\n');
            for (Gazetteer.Form f : p.forms()) {
                b.append("F\t").append(field(f.text())).append('\t').append(f.lang() == null ? "" : field(f.lang()))
                        .append('\t').append(String.join(",", new TreeSet<>(f.activeIn()))).append('\n');
            }
        }
        return b.toString();
    }

    private static String field(String s) {
        if (s.isEmpty() || s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            throw new IllegalStateException("the built-in places cannot be tabulated: '" + s + "'");
        }
        return s;
    }

    /** The places {@link #write} wrote as {@code table}. */
    static List<Place> read(String table) {
        List<Place> out = new ArrayList<>();
        Entity entity = null;
        List<Gazetteer.Form> forms = new ArrayList<>();
        for (String line : table.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("P")) {
                if (entity != null) {
                    out.add(new Place(entity, forms));
                }
                Map<String, String> names = new TreeMap<>();
                for (int i = 2; i + 1 < f.length; i += 2) {
                    names.put(f[i], f[i + 1]);
                }
                entity = new Entity(f[1], EntityType.PLACE, names, List.of(), null, null);
                forms = new ArrayList<>();
            } else {
                forms.add(new Gazetteer.Form(f[1], entity.id(), EntityType.PLACE, f[2].isEmpty() ? null : f[2],
                        f[3].isEmpty() ? Set.of() : Set.of(f[3].split(","))));
            }
        }
        if (entity != null) {
            out.add(new Place(entity, forms));
        }
        return List.copyOf(out);
    }

    private static List<Place> load() {
        try (InputStream in = BuiltInPlaces.class.getResourceAsStream(TABLE)) {
            return in == null ? build() : read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in places' table " + TABLE, e);
        }
    }

    private static final List<String> COUNTRIES = List.of(Locale.getISOCountries());

    static List<Place> build() {
        List<ULocale> languages = languages();
        Map<String, Map<String, Set<String>>> byCountry = new TreeMap<>(); // code -> form -> languages
        Map<String, Set<String>> countriesOfForm = new HashMap<>();
        Map<String, Set<String>> bracketed = new HashMap<>();
        // Looking names up is the slow part and independent per language: done in parallel, merged in order.
        List<List<List<List<String>>>> looked = languages.parallelStream().map(BuiltInPlaces::lookUp).toList();
        for (int li = 0; li < languages.size(); li++) {
            String code = languages.get(li).getLanguage();
            for (int ci = 0; ci < COUNTRIES.size(); ci++) {
                String country = COUNTRIES.get(ci);
                for (List<String> forms : looked.get(li).get(ci)) {
                    for (String form : forms) {
                        byCountry.computeIfAbsent(country, k -> new LinkedHashMap<>())
                                .computeIfAbsent(form, k -> new TreeSet<>()).add(code);
                        // a name in brackets ("Hong Kong (China)") is a weaker claim than a name on its own
                        (form.equals(forms.get(0)) ? countriesOfForm : bracketed)
                                .computeIfAbsent(Names.lower(form), k -> new TreeSet<>()).add(country);
                    }
                }
            }
        }
        List<Place> places = new ArrayList<>();
        byCountry.forEach((country, forms) -> {
            List<String> en = variants(new Locale("", country).getDisplayCountry(Locale.ENGLISH), country);
            String english = en.isEmpty() ? forms.keySet().iterator().next() : en.get(0);
            String id = Slugs.of(english);
            String own = ULocale.addLikelySubtags(new ULocale("und_" + country)).getLanguage();
            Map<String, String> names = new TreeMap<>();
            List<Gazetteer.Form> out = new ArrayList<>();
            forms.forEach((form, langs) -> {
                Set<String> claims = countriesOfForm.getOrDefault(Names.lower(form),
                        bracketed.get(Names.lower(form)));
                if (claims.size() > 1 || !claims.contains(country)) {
                    return;
                }
                langs.forEach(l -> names.putIfAbsent(l, form));
                Set<String> active = new TreeSet<>(langs);
                boolean everywhere = langs.contains("en") && !NOT_IN_ENGLISH.contains(form) || langs.contains(own)
                        && !(own.equals("en") && NOT_IN_ENGLISH.contains(form));
                if (NOT_IN_ENGLISH.contains(form)) {
                    active.remove("en");
                }
                if (everywhere || !active.isEmpty()) {
                    out.add(new Gazetteer.Form(form, id, EntityType.PLACE, langs.contains("vi") ? "vi" : null,
                            everywhere ? Set.of() : Set.copyOf(active)));
                }
            });
            names.put("en", english);
            if (!out.isEmpty()) {
                places.add(new Place(new Entity(id, EntityType.PLACE, names, List.of(), null, null), List.copyOf(out)));
            }
        });
        return List.copyOf(places);
    }

    /** For each country, the forms of each of its names in language {@code lang}. */
    private static List<List<List<String>>> lookUp(ULocale lang) {
        LocaleDisplayNames full = LocaleDisplayNames.getInstance(lang, DisplayContext.NO_SUBSTITUTE);
        LocaleDisplayNames brief = LocaleDisplayNames.getInstance(lang, DisplayContext.NO_SUBSTITUTE,
                DisplayContext.LENGTH_SHORT);
        Locale jdk = lang.toLocale();
        List<List<List<String>>> out = new ArrayList<>();
        for (String country : COUNTRIES) {
            List<String> names = new ArrayList<>();
            names.add(full.regionDisplayName(country));
            names.add(brief.regionDisplayName(country));
            names.add(new Locale("", country).getDisplayCountry(jdk));
            if (lang.getLanguage().equals("en")) {
                names.addAll(MORE_ENGLISH.getOrDefault(country, List.of()));
            }
            out.add(names.stream().map(n -> variants(n, country)).toList());
        }
        return out;
    }

    /** The JDK's and ICU's languages, without regional variants. */
    private static List<ULocale> languages() {
        Set<ULocale> out = new LinkedHashSet<>();
        out.add(ULocale.ENGLISH);
        for (ULocale l : ULocale.getAvailableLocales()) {
            out.add(new ULocale(l.getLanguage()));
        }
        for (Locale l : Locale.getAvailableLocales()) {
            if (!l.getLanguage().isEmpty()) {
                out.add(new ULocale(l.getLanguage()));
            }
        }
        return List.copyOf(out);
    }

    /** The usable forms of a display name: "Myanmar (Burma)" gives both; unusable names give none. */
    private static List<String> variants(String name, String country) {
        if (name == null || name.equals(country)) {
            return List.of();
        }
        name = Names.nfc(name).replace(" SAR China", "").strip();
        List<String> out = new ArrayList<>();
        var paren = BRACKETS.matcher(name);
        if (paren.matches()) {
            out.add(paren.group(1).strip());
            out.add(paren.group(2).strip());
        } else {
            out.add(name);
        }
        if (name.contains(" & ")) {
            out.add(name.replace(" & ", " and "));
        }
        return out.stream().filter(BuiltInPlaces::usable).distinct().toList();
    }

    private static boolean usable(String form) {
        if (Names.letters(form) < 3 || !Character.isLetter(form.codePointAt(0))
                || Character.isLowerCase(form.codePointAt(0))) {
            return false;
        }
        return form.codePoints().noneMatch(c -> switch (Character.UnicodeScript.of(c)) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
            default -> false;
        });
    }
}
