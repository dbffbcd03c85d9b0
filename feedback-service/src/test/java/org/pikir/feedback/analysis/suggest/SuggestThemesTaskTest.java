package org.pikir.feedback.analysis.suggest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.analysis.job.JobRunner;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pikir.feedback.Feedback.citizen;
import static org.pikir.feedback.Feedback.comment;
import static org.pikir.feedback.Feedback.sql;

@QuarkusTest
class SuggestThemesTaskTest {

    private static final String[][] TOPICS = {
            {"суд", "Суды должны быть независимыми, а судьи честными", "Судьи зависят от власти, нужна судебная реформа",
                    "Конституционный суд должен защищать права граждан", "Суд присяжных нужен для честных приговоров",
                    "Судей надо выбирать, а не назначать, суды закрыты"},
            {"земл", "Земля принадлежит народу, продажа земли иностранцам недопустима",
                    "Недра и земля должны остаться у государства", "Запретить аренду земли иностранцам на 25 лет",
                    "Земельные участки раздают чиновникам, землю надо вернуть", "Пастбища и земля для фермеров"},
            {"язык", "Казахский язык как государственный язык нужно развивать",
                    "Русский язык должен сохранить официальный статус", "Языковая политика: обучение языку в школах",
                    "Государственный язык в документах и услугах", "Курсы казахского языка бесплатно для взрослых"},
    };

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    @Inject
    JobRunner runner;

    private String event;
    private final Map<Integer, Integer> topicOf = new HashMap<>();

    @BeforeEach
    void aForumWithCommentsOnThreeTopics() {
        event = OpenEvents.open(events);
        String token = citizen("suggest-" + event);
        for (int round = 0; round < 6; round++) {
            for (int topic = 0; topic < TOPICS.length; topic++) {
                for (int text = 1; text < TOPICS[topic].length; text++) {
                    String body = TOPICS[topic][text] + (round == 0 ? "" : " (" + round + ")");
                    topicOf.put(comment(token, event, body), topic);
                }
            }
        }
    }

    private int runJob(String body) {
        int id = given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON).body(body)
                .when().post("/api/feedback/analysis/" + event + "/jobs")
                .then().statusCode(201).extract().path("id");
        runner.poll();
        await("the suggestion job to finish").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> !List.of("QUEUED", "RUNNING").contains(job(id)));
        return id;
    }

    private String job(int id) {
        return given().auth().oauth2(TestTokens.moderator())
                .when().get("/api/feedback/analysis/" + event + "/jobs/" + id)
                .then().statusCode(200).extract().path("status");
    }

    private record Theme(long id, String name, String terms, List<Integer> members, List<Double> scores,
                         int quotes) {
    }

    private List<Theme> suggestedThemes() throws SQLException {
        List<Theme> themes = new ArrayList<>();
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select t.id, t.name_ru, t.terms,
                            array(select it.item_id from item_theme it where it.theme_id = t.id and it.suggested
                                  order by it.item_id),
                            array(select it.score from item_theme it where it.theme_id = t.id and it.suggested
                                  order by it.item_id),
                            (select count(*) from theme_quote q where q.theme_id = t.id)
                     from theme t where t.event_slug = '%s' and t.status = 'SUGGESTED' and t.origin = 'SUGGESTED'
                     order by t.id""".formatted(event))) {
            while (rows.next()) {
                List<Integer> members = new ArrayList<>();
                for (Long id : (Long[]) rows.getArray(4).getArray()) {
                    members.add(id.intValue());
                }
                List<Double> scores = new ArrayList<>();
                for (Float score : (Float[]) rows.getArray(5).getArray()) {
                    scores.add(score.doubleValue());
                }
                themes.add(new Theme(rows.getLong(1), rows.getString(2), rows.getString(3), members, scores,
                        rows.getInt(6)));
            }
        }
        return themes;
    }

    @Test
    void suggestsOneThemePerTopicWithTermsQuotesAndScores() throws SQLException {
        int id = runJob("{\"kind\":\"SUGGEST_THEMES\",\"parameters\":{\"themes\":3}}");
        assertEquals("SUCCEEDED", job(id));
        given().auth().oauth2(TestTokens.moderator()).when().get("/api/feedback/analysis/" + event + "/jobs/" + id)
                .then().body("progress", equalTo(100)).body("total", equalTo(topicOf.size()));

        List<Theme> themes = suggestedThemes();
        assertEquals(3, themes.size(), themes.toString());
        Set<Integer> topicsFound = new HashSet<>();
        for (Theme theme : themes) {
            Set<Integer> topics = new HashSet<>();
            theme.members().forEach(member -> topics.add(topicOf.get(member)));
            assertEquals(1, topics.size(), "a theme mixes topics: " + theme);
            int topic = topics.iterator().next();
            topicsFound.add(topic);
            assertEquals(30, theme.members().size(), theme.toString());
            assertTrue(theme.terms().contains(TOPICS[topic][0]), theme.terms());
            assertTrue(theme.name().contains(TOPICS[topic][0]), theme.name());
            assertEquals(3, theme.quotes());
            assertTrue(theme.scores().stream().allMatch(score -> score > 0 && score <= 1), theme.scores().toString());
        }
        assertEquals(Set.of(0, 1, 2), topicsFound);
    }

    @Test
    void aNewRunReplacesSuggestedThemesAndKeepsAcceptedOnes() throws SQLException {
        runJob("{\"kind\":\"SUGGEST_THEMES\",\"parameters\":{\"themes\":3}}");
        List<Theme> first = suggestedThemes();
        long accepted = first.get(0).id();
        sql(db, "update theme set status = 'ACCEPTED' where id = " + accepted);

        runJob("{\"kind\":\"SUGGEST_THEMES\"}");

        List<Theme> second = suggestedThemes();
        assertFalse(second.isEmpty());
        Set<Long> oldIds = new HashSet<>();
        first.forEach(theme -> oldIds.add(theme.id()));
        assertTrue(second.stream().noneMatch(theme -> oldIds.contains(theme.id())), "old suggestions are gone");
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select (select count(*) from theme where event_slug = '%1$s' and id = %2$d and status = 'ACCEPTED'),
                            (select count(*) from item_theme where theme_id = %2$d),
                            (select count(*) from theme where event_slug = '%1$s' and status = 'SUGGESTED'
                                and id in (%3$s))""".formatted(event, accepted,
                     String.join(",", oldIds.stream().map(String::valueOf).toList())))) {
            rows.next();
            assertEquals(1, rows.getInt(1), "the accepted theme stays");
            assertEquals(30, rows.getInt(2), "with its suggested tags");
            assertEquals(0, rows.getInt(3));
        }
    }
}
