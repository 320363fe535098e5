package dev.annals.entity;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import dev.annals.source.Slugs;
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

    /** Worked out once per JVM from the JDK's and ICU's data (a second or two); a build cache may keep them. */
    public static List<Place> all() {
        return Holder.ALL;
    }

    private static final class Holder {
        static final List<Place> ALL = build();
    }

    private static final List<String> COUNTRIES = List.of(Locale.getISOCountries());

    private static List<Place> build() {
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
