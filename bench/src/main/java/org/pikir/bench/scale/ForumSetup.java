package org.pikir.bench.scale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Publishes the scale forums in events-service through the API (an editor's token), so the
 * feedback points at real forums and full-text search has a corpus of realistic size. Forums that
 * exist already are left as they are.
 */
final class ForumSetup {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CITIES = List.of("Almaty", "Astana", "Shymkent", "Karaganda", "Aktobe",
            "Taraz", "Pavlodar", "Oskemen", "Semey", "Atyrau", "Kostanay", "Kyzylorda", "Oral", "Petropavl", "Turkistan");

    private ForumSetup() {
    }

    static void publish(Api api, String gateway, String editorToken, Forums forums, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int created = 0;
        for (int i = 0; i < forums.count(); i++) {
            String slug = forums.slug(i);
            if (api.get(gateway + "/api/events/" + slug, null).status() == 200) {
                continue;
            }
            ObjectNode event = JSON.createObjectNode();
            event.put("slug", slug);
            ObjectNode title = event.putObject("title");
            title.put("ru", "Общественное обсуждение: " + Texts.title(random, "ru"));
            title.put("kk", "Қоғамдық талқылау: " + Texts.title(random, "kk"));
            title.put("en", "Public consultation " + (i + 1));
            ObjectNode summary = event.putObject("summary");
            summary.put("ru", Texts.body(random, "ru", 300, 2_000));
            summary.put("kk", Texts.body(random, "kk", 300, 2_000));
            event.putArray("topics").add(Texts.topic(random));
            event.put("city", CITIES.get(random.nextInt(CITIES.size())));
            event.put("date", LocalDate.now().minusDays(random.nextInt(365)).toString());
            Api.Answer answer = api.post(gateway + "/api/events", editorToken, event.toString());
            if (answer.status() != 201 && answer.status() != 409) {
                throw new IllegalStateException("Creating " + slug + " answered " + answer.status() + ": " + answer.body());
            }
            Api.Answer published = api.post(gateway + "/api/events/" + slug + "/publish", editorToken, null);
            if (published.status() != 200 && published.status() != 409) {
                throw new IllegalStateException("Publishing " + slug + " answered " + published.status() + ": " + published.body());
            }
            created++;
        }
        System.out.printf("forums: %d in events-service (%d published now)%n", forums.count(), created);
    }
}
