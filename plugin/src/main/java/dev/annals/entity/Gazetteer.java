package dev.annals.entity;

import dev.annals.build.AnnalsException;
import dev.annals.source.Slugs;
import dev.annals.source.Yaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The entities an archive knows, by id: read from {@code entities.yml}. */
public final class Gazetteer {
    private final Map<String, Entity> byId;

    public Gazetteer(Collection<Entity> entities) {
        Map<String, Entity> map = new TreeMap<>();
        entities.forEach(e -> map.putIfAbsent(e.id(), e));
        this.byId = java.util.Collections.unmodifiableMap(map);
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
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> entry)) {
                throw new AnnalsException(file, lineOf(yaml, i), "entity #" + (i + 1) + " is not a mapping.");
            }
            Entity e = entity(entry, file, lineOf(yaml, i));
            if (seen.put(e.id(), i) != null) {
                throw new AnnalsException(file, lineOf(yaml, i), "entity id '" + e.id() + "' is used twice.");
            }
            entities.add(e);
        }
        return new Gazetteer(entities);
    }

    private static Entity entity(Map<?, ?> entry, String file, int line) {
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
        if (names.isEmpty()) {
            throw new AnnalsException(file, line, "entity '" + id + "' has no names; add 'names: {en: ...}'.");
        }
        if (id == null || id.isBlank()) {
            id = Slugs.of(names.values().iterator().next());
        }
        if (!id.matches("[a-z0-9][a-z0-9-]{0,99}") || !id.equals(Slugs.of(id))) {
            throw new AnnalsException(file, line, "entity id '" + id + "' must be lower-case letters, digits and "
                    + "dashes (it becomes a file name), such as '" + Slugs.of(id) + "'.");
        }
        EntityType type;
        try {
            type = EntityType.valueOf(str(entry.get("type") == null ? "other" : entry.get("type"))
                    .toUpperCase(Locale.ROOT).replace("ORGANISATION", "ORGANIZATION"));
        } catch (IllegalArgumentException e) {
            throw new AnnalsException(file, line, "entity '" + id + "' has type '" + entry.get("type")
                    + "'; use person, place, organization or other.");
        }
        List<String> aliases = new ArrayList<>();
        if (entry.get("aliases") instanceof List<?> l) {
            l.forEach(a -> aliases.add(str(a).strip()));
        }
        String wikidata = str(entry.get("wikidata"));
        if (wikidata != null && !wikidata.matches("Q\\d+")) {
            throw new AnnalsException(file, line, "entity '" + id + "': wikidata '" + wikidata
                    + "' is not an id such as Q184.");
        }
        return new Entity(id, type, names, aliases, wikidata, str(entry.get("description")));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** The line of the {@code index}-th list item, found by its leading dash. */
    private static int lineOf(String yaml, int index) {
        String[] lines = yaml.split("\n", -1);
        int seen = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("^\\s*- .*|^\\s*-$") && lines[i].indexOf('-') <= 2 && ++seen == index) {
                return i + 1;
            }
        }
        return 1;
    }
}
