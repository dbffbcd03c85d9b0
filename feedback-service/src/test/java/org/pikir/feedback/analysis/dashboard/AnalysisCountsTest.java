package org.pikir.feedback.analysis.dashboard;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.SqlStatements;
import org.pikir.feedback.analysis.job.JobRunner;
import org.pikir.feedback.analysis.suggest.NearestThemeSweep;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pikir.feedback.Feedback.citizen;
import static org.pikir.feedback.Feedback.moderate;
import static org.pikir.feedback.Feedback.policy;
import static org.pikir.feedback.Feedback.sql;
import static org.pikir.feedback.analysis.Analysis.asModerator;
import static org.pikir.feedback.analysis.Analysis.base;
import static org.pikir.feedback.analysis.Analysis.comments;
import static org.pikir.feedback.analysis.Analysis.count;
import static org.pikir.feedback.analysis.Analysis.recommendations;
import static org.pikir.feedback.analysis.Analysis.rows;
import static org.pikir.feedback.analysis.Analysis.theme;
import static org.pikir.feedback.analysis.dashboard.CountedDashboard.answered;
import static org.pikir.feedback.analysis.dashboard.CountedDashboard.counted;

/**
 * The dashboard's counters (V24) against counting every item, the way the dashboard did before: after each step of a
 * long random mix of what citizens, moderators, analysts, the jobs and psql do to a forum, through the real API.
 */
@QuarkusTest
class AnalysisCountsTest {

    private static final String[] LANGUAGES = {"kk", "ru", "en"};
    private static final String[] TOPICS = {
            "Суды должны быть независимыми, судьи честными",
            "Земля принадлежит народу, продажа земли недопустима",
            "Школы и учителя: зарплата учителей и новые школы",
            "Дороги в сёлах разбиты, нужен ремонт дорог",
    };

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    @Inject
    JobRunner runner;

    @Inject
    NearestThemeSweep sweep;

    @Inject
    @PersistenceUnitExtension
    SqlStatements statements;

    private final Random random = new Random(14);
    private final Map<String, Integer> succeeded = new TreeMap<>();
    private String event;
    private final List<String> citizens = new ArrayList<>();
    private final Map<Integer, String> authorOf = new HashMap<>();
    private final List<Integer> commentIds = new ArrayList<>();
    private final List<Integer> recommendationIds = new ArrayList<>();

    @Test
    void theCountersAnswerWhatCountingAnswersAfterEveryStepOfAMixedSequence() throws SQLException {
        event = OpenEvents.open(events);
        for (int i = 0; i < 4; i++) {
            citizens.add(citizen("counts-" + i + "-" + event));
        }
        theme(event, "Суды");
        theme(event, "Земля");
        for (int i = 0; i < 12; i++) {
            postComment();
        }
        postRecommendation();
        postRecommendation();
        List<Step> steps = List.of(
                new Step("comment", 8, this::postComment),
                new Step("reply", 4, this::postReply),
                new Step("recommendation", 4, this::postRecommendation),
                new Step("pre-moderated comment", 2, this::postPending),
                new Step("moderate comment", 6, () -> moderateOne("comments", commentIds)),
                new Step("moderate recommendation", 4, () -> moderateOne("recommendations", recommendationIds)),
                new Step("author deletes", 3, this::deleteByAuthor),
                new Step("tag", 8, () -> tag("ADD", themes("ACCEPTED", 2))),
                new Step("untag", 4, () -> tag("REMOVE", themes(random.nextBoolean() ? "ACCEPTED" : "SUGGESTED", 1))),
                new Step("confirm", 4, () -> tag("CONFIRM", List.of())),
                new Step("no theme", 4, () -> tag("NO_THEME", List.of())),
                new Step("clear no theme", 3, () -> tag("CLEAR_NO_THEME", List.of())),
                new Step("bulk tag", 3, this::bulkTag),
                new Step("bulk no theme", 2, this::bulkNoTheme),
                new Step("new theme", 2, () -> {
                    theme(event, "Тема " + random.nextInt(1000));
                    took("new theme");
                }),
                new Step("accept", 2, () -> themeAction("SUGGESTED", "accept", "{}")),
                new Step("merge", 2, this::merge),
                new Step("split", 2, this::split),
                new Step("discard", 1, () -> themeAction(random.nextBoolean() ? "ACCEPTED" : "SUGGESTED", "discard", "{}")),
                new Step("suggestion job", 1, this::suggestThemes),
                new Step("nearest-theme sweep", 2, this::sweep),
                new Step("erase account", 1, this::erase),
                new Step("language changed in psql", 1, this::changeLanguage),
                new Step("row deleted in psql", 1, this::deleteRow));
        int weights = steps.stream().mapToInt(Step::weight).sum();
        for (int n = 0; n < 220; n++) {
            int pick = random.nextInt(weights);
            Step step = steps.get(0);
            for (Step candidate : steps) {
                step = candidate;
                pick -= candidate.weight();
                if (pick < 0) {
                    break;
                }
            }
            step.action().run();
            assertEquals(counted(db, event), answered(event), "after step " + n + ": " + step.name());
        }
        // every kind of step changed something at least once, so each path was checked
        for (Step step : steps) {
            assertTrue(succeeded.getOrDefault(step.name(), 0) > 0, step.name() + " never took effect: " + succeeded);
        }
        assertTrue(count(db, "select count(*) from item_theme where event_slug = ?", event) > 10);
    }

    @Test
    void taggingAndModeratingTheSameItemsAtOnceLosesNoCount() throws Exception {
        event = OpenEvents.open(events);
        citizens.add(citizen("race-" + event));
        for (int i = 0; i < 5; i++) {
            postComment();
        }
        List<Long> themes = List.of(theme(event, "Суды"), theme(event, "Земля"));
        List<Callable<List<String>>> workers = new ArrayList<>();
        for (int worker = 0; worker < 4; worker++) {
            Random own = new Random(worker);
            workers.add(() -> {
                List<String> done = new ArrayList<>();
                for (int n = 0; n < 25; n++) {
                    int item = commentIds.get(own.nextInt(commentIds.size()));
                    Response response = switch (own.nextInt(3)) {
                        case 0 -> asModerator().body("{\"action\":\"%s\",\"themes\":[%d],\"items\":[{\"type\":\"COMMENT\",\"id\":%d}]}"
                                        .formatted(own.nextBoolean() ? "ADD" : "REMOVE", themes.get(own.nextInt(2)), item))
                                .when().post(base(event) + "/tags");
                        default -> moderate(TestTokens.moderator(), "comments", item, List.of("{\"action\":\"PUBLISH\"}",
                                "{\"action\":\"HIDE\",\"reason\":\"SPAM\"}", "{\"action\":\"REJECT\",\"reason\":\"SPAM\"}")
                                .get(own.nextInt(3)));
                    };
                    done.add(response.statusCode() + " " + response.asString());
                }
                return done;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers.size());
        List<String> answers = new ArrayList<>();
        try {
            for (Future<List<String>> worker : pool.invokeAll(workers)) {
                answers.addAll(worker.get());
            }
        } finally {
            pool.shutdown();
        }

        assertEquals(List.of(), answers.stream().filter(answer -> answer.startsWith("5")).toList());
        assertTrue(answers.stream().filter(answer -> answer.startsWith("200 {\"affected\":1")).count() > 5, answers::toString);
        assertEquals(counted(db, event), answered(event));
    }

    @Test
    void theDashboardReadsTheSameFewCounterRowsForATinyAndABigForum() {
        String tiny = OpenEvents.open(events);
        comments(db, tiny, 3, "ru", 0);
        String big = OpenEvents.open(events);
        comments(db, big, 3_000, "kk", 0);
        recommendations(db, big, 300, "en", 0);
        long courts = theme(big, "Суды");
        asModerator().body("{\"action\":\"ADD\",\"themes\":[%d],\"filter\":{\"language\":\"kk\"},\"limit\":1000}"
                .formatted(courts)).when().post(base(big) + "/tags").then().statusCode(200);
        answered(tiny);
        answered(big);

        List<String> forTiny = statements.during(() -> answered(tiny));
        List<String> forBig = statements.during(() -> answered(big));

        assertEquals(forTiny.size(), forBig.size(), forBig.toString());
        assertTrue(forBig.size() <= 3, forBig.toString());
        for (String statement : forBig) {
            assertFalse(statement.matches("(?s).*\\b(comment|recommendation|item_theme|item_analysis)\\b.*"),
                    "reads items or tags: " + statement);
        }
        assertEquals(counted(db, big), answered(big));
        assertEquals(List.of("3300", "1000", "0", "0"), answered(big).get("all"));
    }

    @Test
    void rowsWrittenBeforeTheCountersExistedAreCountedByTheRebuildTheMigrationRuns() throws SQLException {
        event = OpenEvents.open(events);
        citizens.add(citizen("rebuild-" + event));
        long courts = theme(event, "Суды");
        for (int i = 0; i < 5; i++) {
            postComment();
        }
        tag("ADD", List.of(courts));
        // what the database held before V24: rows no counter trigger saw
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            try {
                statement.execute("""
                        insert into comment (id, thread_id, event_slug, body, language, author_subject, author_name,
                                             status, created_at, updated_at)
                        select g.id, g.id, '%1$s', 'Старый', 'kk', 'old', 'Old', 'PUBLISHED', now(), now()
                        from (select nextval('comment_seq') as id from generate_series(1, 4)) g""".formatted(event));
                statement.execute("""
                        insert into item_theme (item_type, item_id, theme_id, event_slug, suggested, tagged_by, tagged_at)
                        select 'COMMENT', id, %2$d, '%1$s', id %% 2 = 0, 'old', now() from comment
                        where event_slug = '%1$s' and author_subject = 'old'
                        on conflict do nothing""".formatted(event, courts));
                statement.execute("""
                        insert into item_analysis (item_type, item_id, event_slug, no_theme, updated_by, updated_at)
                        select 'COMMENT', min(id), '%1$s', true, 'old', now() from comment
                        where event_slug = '%1$s' and author_subject = 'old'""".formatted(event));
                statement.execute("update comment set status = 'REJECTED' where id = " + commentIds.get(0));
            } finally {
                statement.execute("set session_replication_role = origin");
            }
        }
        assertNotEquals(counted(db, event), answered(event));

        rows(db, "select analysis_counts_rebuild(?), 1", event);

        assertEquals(counted(db, event), answered(event));
        // four old comments and four of the five new ones (one rejected) are listed
        assertEquals("8", ((List<?>) answered(event).get("all")).get(0));

        // the migration recounts every forum at once; this one (and every other) keeps its figures
        Map<String, Object> before = answered(event);
        rows(db, "select analysis_counts_rebuild(null), 1");
        assertEquals(before, answered(event));
        assertEquals(counted(db, event), answered(event));
    }

    private record Step(String name, int weight, Runnable action) {
    }

    private void took(String step) {
        succeeded.merge(step, 1, Integer::sum);
    }

    private boolean ok(Response response, String step) {
        int status = response.then().statusCode(lessThan(500)).extract().statusCode();
        if (status < 300) {
            took(step);
            return true;
        }
        return false;
    }

    private String anyCitizen() {
        return citizens.get(random.nextInt(citizens.size()));
    }

    private static <T> T any(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private void postComment() {
        String author = anyCitizen();
        Response response = given().auth().oauth2(author).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"%s %d\",\"language\":\"%s\"}".formatted(event,
                        TOPICS[random.nextInt(TOPICS.length)], random.nextInt(100), LANGUAGES[random.nextInt(3)]))
                .when().post("/api/feedback/comments");
        if (ok(response, "comment")) {
            int id = response.path("id");
            commentIds.add(id);
            authorOf.put(id, author);
        }
    }

    private void postPending() {
        policy(event, "PRE");
        try {
            int before = commentIds.size();
            postComment();
            if (commentIds.size() > before) {
                took("pre-moderated comment");
            }
        } finally {
            policy(event, "POST");
        }
    }

    private void postReply() {
        String author = anyCitizen();
        Response response = given().auth().oauth2(author).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"body\":\"Ответ про суды и школы\",\"language\":\"%s\",\"parentId\":%d}"
                        .formatted(event, LANGUAGES[random.nextInt(3)], any(commentIds, random)))
                .when().post("/api/feedback/comments");
        if (ok(response, "reply")) {
            int id = response.path("id");
            commentIds.add(id);
            authorOf.put(id, author);
        }
    }

    private void postRecommendation() {
        Response response = given().auth().oauth2(anyCitizen()).contentType(ContentType.JSON)
                .body("{\"eventSlug\":\"%s\",\"title\":\"Предложение %d\",\"body\":\"%s\",\"language\":\"%s\"}"
                        .formatted(event, random.nextInt(1000), TOPICS[random.nextInt(TOPICS.length)],
                                LANGUAGES[random.nextInt(3)]))
                .when().post("/api/feedback/recommendations");
        if (ok(response, "recommendation")) {
            recommendationIds.add(response.path("id"));
        }
    }

    private void moderateOne(String kind, List<Integer> ids) {
        String action = List.of("{\"action\":\"PUBLISH\"}", "{\"action\":\"HIDE\",\"reason\":\"SPAM\"}",
                "{\"action\":\"REJECT\",\"reason\":\"OFF_TOPIC\"}").get(random.nextInt(3));
        ok(moderate(TestTokens.moderator(), kind, any(ids, random), action),
                kind.equals("comments") ? "moderate comment" : "moderate recommendation");
    }

    private void deleteByAuthor() {
        int id = any(commentIds, random);
        ok(given().auth().oauth2(authorOf.get(id)).when().delete("/api/feedback/comments/" + id), "author deletes");
    }

    /** 1–4 random items of the forum, any state (the API refuses deleted ones). */
    private String items() {
        List<String> items = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            boolean comment = recommendationIds.isEmpty() || random.nextInt(4) > 0;
            items.add("{\"type\":\"%s\",\"id\":%d}".formatted(comment ? "COMMENT" : "RECOMMENDATION",
                    any(comment ? commentIds : recommendationIds, random)));
        }
        return items.stream().distinct().collect(Collectors.joining(","));
    }

    /** Up to {@code most} random themes of the forum in {@code status}. */
    private List<Long> themes(String status, int most) {
        List<Long> all = new ArrayList<>(rows(db, "select id from theme where event_slug = ? and status = ? order by id",
                event, status).stream().map(row -> Long.parseLong(row.get(0))).toList());
        List<Long> picked = new ArrayList<>();
        for (int i = 1 + random.nextInt(most); i > 0 && !all.isEmpty(); i--) {
            picked.add(all.remove(random.nextInt(all.size())));
        }
        return picked;
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private void tag(String action, List<Long> themes) {
        String named = themes.isEmpty() ? "" : ",\"themes\":[" + ids(themes) + "]";
        String step = switch (action) {
            case "ADD" -> "tag";
            case "REMOVE" -> "untag";
            case "CONFIRM" -> "confirm";
            case "NO_THEME" -> "no theme";
            default -> "clear no theme";
        };
        String items = items();
        if (action.equals("CLEAR_NO_THEME") && random.nextBoolean()) {
            items = rows(db, """
                    select a.item_type, a.item_id from item_analysis a
                         left join comment c on a.item_type = 'COMMENT' and c.id = a.item_id
                         left join recommendation r on a.item_type = 'RECOMMENDATION' and r.id = a.item_id
                    where a.event_slug = ? and a.no_theme and coalesce(c.status, r.visibility) <> 'DELETED'""", event)
                    .stream().map(row -> "{\"type\":\"%s\",\"id\":%s}".formatted(row.get(0), row.get(1)))
                    .collect(Collectors.joining(","));
            items = items.isEmpty() ? items() : items;
        }
        Response response = asModerator().body("{\"action\":\"%s\"%s,\"items\":[%s]}".formatted(action, named, items))
                .when().post(base(event) + "/tags");
        if (response.then().statusCode(lessThan(500)).extract().statusCode() == 200
                && response.<Integer>path("affected") > 0) {
            took(step);
        }
    }

    private void bulkTag() {
        List<Long> themes = themes("ACCEPTED", 1);
        String filter = random.nextBoolean() ? "{\"language\":\"%s\"}".formatted(LANGUAGES[random.nextInt(3)])
                : "{\"type\":\"COMMENT\",\"untagged\":true}";
        ok(asModerator().body("{\"action\":\"ADD\",\"themes\":[%s],\"filter\":%s,\"limit\":%d}"
                .formatted(ids(themes), filter, 1 + random.nextInt(20))).when().post(base(event) + "/tags"), "bulk tag");
    }

    private void bulkNoTheme() {
        ok(asModerator().body("{\"action\":\"NO_THEME\",\"filter\":{\"untagged\":true},\"limit\":%d}"
                .formatted(1 + random.nextInt(5))).when().post(base(event) + "/tags"), "bulk no theme");
    }

    private void themeAction(String status, String action, String body) {
        List<Long> themes = themes(status, 1);
        if (!themes.isEmpty()) {
            ok(asModerator().body(body).when().post(base(event) + "/themes/" + themes.get(0) + "/" + action), action);
        }
    }

    private void merge() {
        List<Long> from = themes(random.nextBoolean() ? "ACCEPTED" : "SUGGESTED", 1);
        List<Long> into = themes("ACCEPTED", 1);
        if (!from.isEmpty() && !into.isEmpty()) {
            ok(asModerator().body("{\"into\":%d}".formatted(into.get(0)))
                    .when().post(base(event) + "/themes/" + from.get(0) + "/merge"), "merge");
        }
    }

    private void split() {
        List<List<String>> tagged = rows(db, """
                select theme_id, item_type, item_id from item_theme
                where event_slug = ? and theme_id = (select theme_id from item_theme where event_slug = ?
                                                     order by md5(theme_id::text || ?) limit 1)""",
                event, event, String.valueOf(random.nextInt()));
        if (tagged.isEmpty()) {
            return;
        }
        String items = tagged.subList(0, 1 + random.nextInt(tagged.size())).stream()
                .map(row -> "{\"type\":\"%s\",\"id\":%s}".formatted(row.get(1), row.get(2)))
                .collect(Collectors.joining(","));
        ok(asModerator().body("{\"name\":{\"ru\":\"Часть %d\"},\"items\":[%s]}".formatted(random.nextInt(1000), items))
                .when().post(base(event) + "/themes/" + tagged.get(0).get(0) + "/split"), "split");
    }

    private void suggestThemes() {
        int id = asModerator().body("{\"kind\":\"SUGGEST_THEMES\",\"parameters\":{\"themes\":3}}")
                .when().post(base(event) + "/jobs").then().statusCode(201).extract().path("id");
        runner.poll();
        await("the suggestion job").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> !List.of("QUEUED", "RUNNING").contains(asModerator()
                        .when().get(base(event) + "/jobs/" + id).then().extract().<String>path("status")));
        if (count(db, "select count(*) from item_theme where event_slug = ? and tagged_by = ?", event,
                "analysis-job-" + id) > 0) {
            took("suggestion job");
        }
    }

    private void sweep() {
        String suggested = "select count(*) from item_theme where event_slug = ? and tagged_by = 'nearest-theme'";
        long before = count(db, suggested, event);
        sweep.sweep();
        if (count(db, suggested, event) > before) {
            took("nearest-theme sweep");
        }
    }

    private void erase() {
        if (citizens.size() < 2) {
            return;
        }
        String erased = citizens.remove(random.nextInt(citizens.size()));
        ok(given().auth().oauth2(erased).contentType(ContentType.JSON).body("{\"confirm\":\"DELETE\"}")
                .when().delete("/api/feedback/me"), "erase account");
        citizens.add(citizen("counts-" + random.nextInt(1_000_000) + "-" + event));
    }

    private void changeLanguage() {
        try {
            if (sql(db, "update comment set language = '%s' where id = %d"
                    .formatted(LANGUAGES[random.nextInt(3)], any(commentIds, random))) > 0) {
                took("language changed in psql");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void deleteRow() {
        boolean comment = random.nextBoolean();
        int id = any(comment ? commentIds : recommendationIds, random);
        try {
            int deleted = comment
                    ? sql(db, "delete from comment c where id = %d and not exists (select 1 from comment r where r.parent_id = c.id)"
                            .formatted(id))
                    : sql(db, "delete from recommendation where id = " + id);
            if (deleted > 0) {
                (comment ? commentIds : recommendationIds).remove(Integer.valueOf(id));
                took("row deleted in psql");
            }
        } catch (SQLException e) {
            // a row others point at (flags, endorsements) stays, as PostgreSQL keeps it
        }
    }
}
