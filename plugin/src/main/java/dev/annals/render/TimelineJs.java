package dev.annals.render;

import com.fasterxml.jackson.core.SerializableString;
import dev.annals.build.BuildMemory;
import dev.annals.index.Archive;
import dev.annals.index.ChronologyEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The chronology in TimelineJS's JSON format ({@code data/timeline.json}), links relative to the site root. */
final class TimelineJs {
    private static final BuildMemory.Kind<SerializableString> START = new BuildMemory.Kind<>();
    private static final BuildMemory.Kind<SerializableString> TEXT = new BuildMemory.Kind<>();

    private TimelineJs() {
    }

    static Map<String, Object> of(Archive archive, Views views, Messages messages) {
        Map<String, Object> timeline = new LinkedHashMap<>();
        timeline.put("title", views.nested(Json.object("text", Json.object("headline", messages.get("chronology.title"),
                "text", messages.get("timeline.summary", archive.chronology().size(), archive.articles().size()))), 1));
        List<ChronologyEntry> entries = archive.chronology();
        timeline.put("events", SiteRenderer.lazy(java.util.stream.IntStream.range(0, entries.size()).boxed().toList(),
                i -> event(entries.get(i), i, views)));
        return timeline;
    }

    /**
     * An event: its date and text as {@link Views#eventJson} keeps them (at the depth of {@code events}' members'
     * members), its place in the list (which an event before it changes) made anew.
     */
    private static Map<String, Object> event(ChronologyEntry c, int index, Views views) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("start_date", views.eventJson(START, c, 3, () -> start(c)));
        event.put("text", views.eventJson(TEXT, c, 3, () -> Json.object("headline", c.text(), "text",
                String.join("; ", c.articles().stream().map(slug -> (String) views.articleLink(slug).get("title"))
                        .toList()))));
        event.put("group", c.date().granularity().id());
        event.put("unique_id", "e" + index);
        return event;
    }

    private static Map<String, Object> start(ChronologyEntry c) {
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("year", Integer.toString(c.date().year()));
        if (c.date().month() > 0) {
            start.put("month", Integer.toString(c.date().month()));
        }
        if (c.date().day() > 0) {
            start.put("day", Integer.toString(c.date().day()));
        }
        start.put("display_date", c.date().iso());
        return start;
    }
}
