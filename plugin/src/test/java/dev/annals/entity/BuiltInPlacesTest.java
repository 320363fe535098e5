package dev.annals.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuiltInPlacesTest {
    @Test
    void theShippedTableHoldsWhatTheJdksAndIcusDataGive() throws IOException {
        String table;
        try (InputStream in = BuiltInPlaces.class.getResourceAsStream(BuiltInPlaces.TABLE)) {
            assertNotNull(in, "the build writes " + BuiltInPlaces.TABLE + " after compiling");
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<BuiltInPlaces.Place> built = BuiltInPlaces.build();
        assertFalse(built.isEmpty());
        assertEquals(built, BuiltInPlaces.read(table));
        assertEquals(built, BuiltInPlaces.all());
    }

    @Test
    void aTableReadsBackAsWritten() {
        List<BuiltInPlaces.Place> places = List.of(
                new BuiltInPlaces.Place(new Entity("belarus", EntityType.PLACE,
                        Map.of("en", "Belarus", "vi", "Belarus"), List.of(), null, null), List.of(
                        new Gazetteer.Form("Belarus", "belarus", EntityType.PLACE, null, Set.of()),
                        new Gazetteer.Form("Bê-la-rút", "belarus", EntityType.PLACE, "vi", Set.of("vi", "en")))),
                new BuiltInPlaces.Place(new Entity("chad", EntityType.PLACE, Map.of("en", "Chad"), List.of(), null,
                        null), List.of(new Gazetteer.Form("Tchad", "chad", EntityType.PLACE, null, Set.of("fr")))));
        assertEquals(places, BuiltInPlaces.read(BuiltInPlaces.write(places)));
    }

    @Test
    void aNameWithATabCannotBeTabulated() {
        List<BuiltInPlaces.Place> places = List.of(new BuiltInPlaces.Place(new Entity("x", EntityType.PLACE,
                Map.of("en", "A\tB"), List.of(), null, null), List.of()));
        assertThrows(IllegalStateException.class, () -> BuiltInPlaces.write(places));
    }
}
