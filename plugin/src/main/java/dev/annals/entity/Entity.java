package dev.annals.entity;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A person, place, organisation or other named thing.
 *
 * @param names       the entity's name by language code (at least one)
 * @param aliases     other spellings that refer to it (short forms, misspellings, transliterations)
 * @param wikidata    a Wikidata id such as Q184, or null
 * @param description a sentence about it, or null
 * @param discovered  true when found in the articles by {@link Discovery} rather than listed in entities.yml
 */
public record Entity(String id, EntityType type, Map<String, String> names, List<String> aliases, String wikidata,
                     String description, boolean discovered) {

    public Entity(String id, EntityType type, Map<String, String> names, List<String> aliases, String wikidata,
                  String description) {
        this(id, type, names, aliases, wikidata, description, false);
    }

    public Entity {
        names = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(names));
        aliases = List.copyOf(aliases);
    }

    /** The name in {@code lang}, else in English, else the first one. */
    public String name(String lang) {
        String n = names.get(lang);
        if (n == null) {
            n = names.get("en");
        }
        return n != null ? n : names.values().iterator().next();
    }

    /** The English (or first) name, used for sorting and as the display name. */
    public String name() {
        return name("en");
    }

    /** Every distinct form that names the entity: names in all languages, then aliases. */
    public List<String> forms() {
        return java.util.stream.Stream.concat(names.values().stream(), aliases.stream()).distinct().toList();
    }
}
