package dev.annals.entity;

import java.util.Locale;

/** What an entity is; decides its schema.org type. */
public enum EntityType {
    PERSON("Person"), PLACE("Place"), ORGANIZATION("Organization"), OTHER("Thing");

    private final String schemaType;

    EntityType(String schemaType) {
        this.schemaType = schemaType;
    }

    public String schemaType() {
        return schemaType;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
