package dev.annals.entity;

import dev.annals.build.AnnalsException;
import dev.annals.source.Slugs;
import dev.annals.source.FrontMatter;
import dev.annals.source.Yaml;
import dev.annals.util.Lazy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The entities an archive knows, by id: read from {@code entities.yml}, optionally with the built-in
 * countries ({@link #withBuiltIns()}), and the name forms the matcher looks for.
 */
public final class Gazetteer {
    /**
     * A name the matcher looks for.
     *
     * @param lang     the language it is written in when known (Vietnamese forms never fold diacritics), or null
     * @param activeIn the languages of the texts where it links; empty for all texts
     */
    public record Form(String text, String entityId, EntityType type, String lang, Set<String> activeIn) {
        public Form {
            activeIn = Set.copyOf(activeIn);
        }

        /** Whether the form links in a text in {@code textLang} ("en", "vi-VN"; null when unknown). */
        public boolean linksIn(String textLang) {
            if (activeIn.isEmpty() || textLang == null) {
                return activeIn.isEmpty();
            }
            int cut = 0;
            while (cut < textLang.length() && textLang.charAt(cut) != '-' && textLang.charAt(cut) != '_') {
                cut++;
            }
            return activeIn.contains(textLang.substring(0, cut));
        }
    }

    private final Map<String, Entity> byId;
    private final List<Form> forms;

    public Gazetteer(Collection<Entity> entities) {
        Map<String, Entity> map = new TreeMap<>();
        entities.forEach(e -> map.putIfAbsent(e.id(), e));
        this.byId = Collections.unmodifiableMap(map);
        this.forms = map.values().stream().flatMap(e -> formsOf(e).stream()).toList();
    }

    private Gazetteer(Map<String, Entity> byId, List<Form> forms) {
        this.byId = Collections.unmodifiableMap(new TreeMap<>(byId));
        this.forms = List.copyOf(forms);
    }

    /** The forms of a curated entity, in all texts; a person's names lose leading titles ("President X"). */
    private static List<Form> formsOf(Entity e) {
        Map<String, Form> out = new LinkedHashMap<>();
        e.names().forEach((lang, n) -> add(out, e, n, lang));
        e.aliases().forEach(a -> add(out, e, a, null));
        return List.copyOf(out.values());
    }

    private static void add(Map<String, Form> out, Entity e, String name, String lang) {
        String text = Names.nfc(e.type() == EntityType.PERSON ? Names.stripTitles(name) : name);
        if (!Names.tokens(text).isEmpty()) {
            out.putIfAbsent(text, new Form(text, e.id(), e.type(), lang, Set.of()));
        }
    }

    /**
     * This gazetteer plus the countries and territories of {@link BuiltInPlaces}. Curated entries win: a
     * country whose id is a curated place's id, or that shares a name in the same language with one, merges
     * into it (the curated names, aliases and description kept, the built-in names added); a country whose
     * id belongs to a curated entity of another type is left out; a built-in form that is already a curated
     * form is left to the curated entity.
     */
    public Gazetteer withBuiltIns() {
        return withBuiltIns(BuiltInPlaces.all());
    }

    /** As {@link #withBuiltIns()}, with {@code places} as kept from {@link BuiltInPlaces#all()}. */
    public Gazetteer withBuiltIns(List<BuiltInPlaces.Place> places) {
        Map<String, Entity> entities = new TreeMap<>(byId);
        List<Form> all = new ArrayList<>(forms);
        Set<String> curatedForms = new HashSet<>();
        forms.forEach(f -> curatedForms.add(Names.lower(f.text())));
        Map<String, Entity> placeByName = new HashMap<>();
        byId.values().stream().filter(e -> e.type() == EntityType.PLACE).forEach(e -> e.names()
                .forEach((lang, n) -> placeByName.putIfAbsent(lang + "|" + Names.lower(n), e)));
        for (BuiltInPlaces.Place p : places) {
            Entity b = p.entity();
            Entity same = byId.get(b.id());
            if (same != null && same.type() != EntityType.PLACE) {
                continue;
            }
            if (same == null) {
                same = b.names().entrySet().stream().map(n -> placeByName.get(n.getKey() + "|" + Names.lower(
                        n.getValue()))).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            }
            String id = same == null ? b.id() : same.id();
            if (same == null && entities.containsKey(id)) {
                continue;
            }
            for (Form f : p.forms()) {
                if (!curatedForms.contains(Names.lower(f.text()))) {
                    all.add(new Form(f.text(), id, EntityType.PLACE, f.lang(), f.activeIn()));
                }
            }
            entities.put(id, same == null ? b : merge(same, b));
        }
        return new Gazetteer(entities, all);
    }

    private static Entity merge(Entity curated, Entity builtIn) {
        Map<String, String> names = new TreeMap<>(builtIn.names());
        names.putAll(curated.names());
        return new Entity(curated.id(), curated.type(), names, curated.aliases(), curated.wikidata(),
                curated.description(), curated.discovered());
    }

    /** Every name form to look for, with the entity it names and where it links. */
    public List<Form> forms() {
        return forms;
    }

    public static Gazetteer empty() {
        return new Gazetteer(List.of());
    }

    /** Entities sorted by id. */
    public Collection<Entity> entities() {
        return byId.values();
    }

    public Optional<Entity> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Reads an {@code entities.yml}: a list of entries, or a mapping with key {@code entities} holding one. */
    public static Gazetteer load(Path file) {
        String text;
        try {
            text = Normalizer.normalize(new String(Files.readAllBytes(file), StandardCharsets.UTF_8),
                    Normalizer.Form.NFC);
        } catch (IOException e) {
            throw new AnnalsException(file.toString(), 0, "cannot read the gazetteer: " + e.getMessage());
        }
        return parse(text, file.getFileName().toString());
    }

    static Gazetteer parse(String yaml, String file) {
        Object root = Yaml.load(yaml, file, 1);
        if (root instanceof Map<?, ?> m && m.containsKey("entities")) {
            root = m.get("entities");
        }
        if (root == null) {
            return empty();
        }
        if (!(root instanceof List<?> list)) {
            throw new AnnalsException(file, 1, "expected a list of entities (each with id, type and names).");
        }
        List<Entity> entities = new ArrayList<>();
        Map<String, Integer> seen = new TreeMap<>();
        // the items' lines only for a message: composing the document again takes as long as loading it
        Supplier<int[]> lines = Lazy.of(() -> Yaml.itemLines(yaml, "entities"));
        for (int i = 0; i < list.size(); i++) {
            int index = i;
            IntSupplier line = () -> index < lines.get().length ? lines.get()[index] : 1;
            if (!(list.get(i) instanceof Map<?, ?> entry)) {
                throw new AnnalsException(file, line.getAsInt(), "entity #" + (i + 1) + " is not a mapping.");
            }
            Entity e = entity(entry, file, line);
            if (seen.put(e.id(), i) != null) {
                throw new AnnalsException(file, line.getAsInt(), "entity id '" + e.id() + "' is used twice.");
            }
            entities.add(e);
        }
        return new Gazetteer(entities);
    }

    private static Entity entity(Map<?, ?> entry, String file, IntSupplier line) {
        String id = str(entry.get("id"));
        Map<String, String> names = new TreeMap<>();
        Object n = entry.get("names");
        if (n instanceof Map<?, ?> byLang) {
            byLang.forEach((k, v) -> {
                if (v != null && !str(v).isBlank()) {
                    names.put(str(k), str(v).strip());
                }
            });
        } else if (entry.get("name") != null) {
            names.put("en", str(entry.get("name")).strip());
        }
        for (String lang : names.keySet()) {
            if (!FrontMatter.isLanguageTag(lang)) {
                throw new AnnalsException(file, line.getAsInt(), "entity '" + id + "': names key '" + lang
                        + "' is not a language code such as en or vi.");
            }
        }
        if (names.isEmpty()) {
            throw new AnnalsException(file, line.getAsInt(), "entity '" + id
                    + "' has no names; add 'names: {en: ...}'.");
        }
        if (id == null || id.isBlank()) {
            id = Slugs.of(names.values().iterator().next());
        }
        if (!id.matches("[a-z0-9][a-z0-9-]{0,99}") || !id.equals(Slugs.of(id))) {
            throw new AnnalsException(file, line.getAsInt(), "entity id '" + id
                    + "' must be lower-case letters, digits and dashes (it becomes a file name), such as '"
                    + Slugs.of(id) + "'.");
        }
        EntityType type;
        try {
            type = EntityType.valueOf(str(entry.get("type") == null ? "other" : entry.get("type"))
                    .toUpperCase(Locale.ROOT).replace("ORGANISATION", "ORGANIZATION"));
        } catch (IllegalArgumentException e) {
            throw new AnnalsException(file, line.getAsInt(), "entity '" + id + "' has type '" + entry.get("type")
                    + "'; use person, place, organization or other.");
        }
        List<String> aliases = new ArrayList<>();
        if (entry.get("aliases") instanceof List<?> l) {
            l.stream().filter(a -> a != null && !str(a).isBlank()).forEach(a -> aliases.add(str(a).strip()));
        }
        String wikidata = str(entry.get("wikidata"));
        if (wikidata != null && !wikidata.matches("Q\\d+")) {
            throw new AnnalsException(file, line.getAsInt(), "entity '" + id + "': wikidata '" + wikidata
                    + "' is not an id such as Q184.");
        }
        return new Entity(id, type, names, aliases, wikidata, str(entry.get("description")));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

}
