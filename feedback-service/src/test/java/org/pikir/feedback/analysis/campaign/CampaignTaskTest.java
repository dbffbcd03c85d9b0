package org.pikir.feedback.analysis.campaign;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CampaignTaskTest {

    @InjectEventsService
    WireMockServer events;

    @Inject
    DataSource db;

    @Inject
    CampaignTask task;

    @Test
    void fiveHundredNearIdenticalCommentsAmongTwoHundredOthersAreOneCampaign() throws Exception {
        String event = OpenEvents.open(events);
        StoredCampaign forum = new StoredCampaign(db, event);
        List<Long> planted = forum.copies(500, 1, "PUBLISHED");
        List<Long> others = forum.distinct(200, 2);
        String elsewhere = OpenEvents.open(events);
        List<Long> otherForum = new StoredCampaign(db, elsewhere).copies(20, 3, "PUBLISHED");

        StoredCampaign.Context context = new StoredCampaign.Context(event);
        task.run(context);

        List<long[]> campaigns = campaigns(event);
        assertEquals(1, campaigns.size(), "one campaign");
        assertEquals(500, campaigns.get(0)[1]);
        assertEquals(planted.get(0), campaigns.get(0)[2], "the first copy stands for the campaign");
        assertEquals(new HashSet<>(planted), new HashSet<>(members(campaigns.get(0)[0])));
        assertTrue(campaignOf(others).stream().allMatch(id -> id == 0), "no distinct comment is a member");
        assertTrue(campaignOf(otherForum).stream().allMatch(id -> id == 0), "another forum is left alone");
        long[] last = context.progress.get(context.progress.size() - 1);
        assertEquals(700, last[0]);
        assertEquals(700, last[1]);
    }

    @Test
    void aRunReplacesTheForumsCampaignsAndACancelledRunChangesNothing() throws Exception {
        String event = OpenEvents.open(events);
        StoredCampaign forum = new StoredCampaign(db, event);
        List<Long> planted = forum.copies(30, 4, "PUBLISHED");
        List<Long> few = forum.copies(5, 5, "PENDING");
        task.run(new StoredCampaign.Context(event));
        long first = campaigns(event).get(0)[0];
        assertEquals(35, campaigns(event).get(0)[1], "pending copies are members too");

        try (Connection connection = db.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "update comment set status = 'DELETED' where id = any(?)")) {
            delete.setArray(1, connection.createArrayOf("bigint", planted.subList(0, 28).toArray()));
            delete.executeUpdate();
        }
        StoredCampaign.Context cancelled = new StoredCampaign.Context(event);
        cancelled.cancel = true;
        task.run(cancelled);
        assertEquals(first, campaigns(event).get(0)[0], "a cancelled run leaves the campaigns as they were");

        task.run(new StoredCampaign.Context(event));
        assertTrue(campaigns(event).isEmpty(), "7 members left, fewer than the minimum of 10");
        assertTrue(campaignOf(few).stream().allMatch(id -> id == 0));
        assertFalse(campaignOf(planted).stream().anyMatch(id -> id != 0));
    }

    @Test
    void exactCopiesAfterNormalisingCountOnceEachAndJoinTheirNearCopies() throws Exception {
        String event = OpenEvents.open(events);
        StoredCampaign forum = new StoredCampaign(db, event);
        String text = "Прошу закрепить в Конституции право граждан на публичное обсуждение каждого законопроекта,"
                + " затрагивающего местное самоуправление, и обязательный ответ государственного органа.";
        // six copies that differ only in case, spacing, punctuation and digits: one text after normalising
        List<Long> exact = forum.insert(List.of(text, text.toUpperCase(), "  " + text + "!!!", text.replace(",", " ,"),
                text + " 2026", text.replace("ё", "е")), "PUBLISHED");
        // and four near copies (a changed last words): the campaign is ten comments of five distinct texts
        List<Long> near = forum.insert(List.of(text.replace("органа.", "органа в срок."),
                text.replace("органа.", "органа, прошу поддержать."), text.replace("Прошу", "Просим"),
                text.replace("каждого", "любого")), "PUBLISHED");
        List<Long> five = forum.insert(List.of("Другой текст о выборах в маслихат и о сроках полномочий депутатов.",
                "Другой текст о выборах в маслихат и о сроках полномочий депутатов!",
                "другой текст о выборах в маслихат и о сроках полномочий депутатов",
                "Другой текст о выборах в маслихат, и о сроках полномочий депутатов.",
                "ДРУГОЙ ТЕКСТ О ВЫБОРАХ В МАСЛИХАТ И О СРОКАХ ПОЛНОМОЧИЙ ДЕПУТАТОВ."), "PUBLISHED");

        task.run(new StoredCampaign.Context(event));

        List<long[]> campaigns = campaigns(event);
        assertEquals(1, campaigns.size(), "five exact copies of another text are fewer than the minimum of 10");
        assertEquals(10, campaigns.get(0)[1], "every copy is a member, not only the distinct texts");
        assertEquals(exact.get(0), campaigns.get(0)[2], "the first comment stands for the campaign");
        List<Long> expected = new ArrayList<>(exact);
        expected.addAll(near);
        assertEquals(new HashSet<>(expected), new HashSet<>(members(campaigns.get(0)[0])));
        assertTrue(campaignOf(five).stream().allMatch(id -> id == 0));
    }

    @Test
    void findingCampaignsLeavesTheCommentRowsUntouched() throws Exception {
        String event = OpenEvents.open(events);
        StoredCampaign forum = new StoredCampaign(db, event);
        List<Long> comments = new ArrayList<>(forum.copies(40, 6, "PUBLISHED"));
        comments.addAll(forum.distinct(10, 7));
        List<String> before = rowVersions(comments);

        task.run(new StoredCampaign.Context(event));
        task.run(new StoredCampaign.Context(event));

        assertEquals(40, campaigns(event).get(0)[1]);
        assertEquals(before, rowVersions(comments), "members are recorded in campaign_member, not on the comments");
    }

    private List<long[]> campaigns(String event) throws SQLException {
        List<long[]> campaigns = new ArrayList<>();
        try (Connection connection = db.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select id, member_count, representative_id from campaign where event_slug = ? order by id")) {
            query.setString(1, event);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    campaigns.add(new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)});
                }
            }
        }
        return campaigns;
    }

    private List<Long> members(long campaign) throws SQLException {
        return column("select comment_id from campaign_member where campaign_id = " + campaign, List.of());
    }

    private List<Long> campaignOf(List<Long> comments) throws SQLException {
        return column("select coalesce(m.campaign_id, 0) from comment c"
                + " left join campaign_member m on m.comment_id = c.id where c.id = any(?)", comments);
    }

    /** Each comment's row version: PostgreSQL gives an updated row a new xmin. */
    private List<String> rowVersions(List<Long> comments) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = db.getConnection(); PreparedStatement query = connection.prepareStatement(
                "select id || ':' || xmin::text || ':' || coalesce(spam_score::text, '-') from comment"
                        + " where id = any(?) order by id")) {
            query.setArray(1, connection.createArrayOf("bigint", comments.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.add(rows.getString(1));
                }
            }
        }
        return versions;
    }

    @SuppressWarnings("unchecked")
    private <T extends Number> List<T> column(String sql, List<Long> ids) throws SQLException {
        List<T> values = new ArrayList<>();
        try (Connection connection = db.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            if (!ids.isEmpty()) {
                query.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add((T) rows.getObject(1));
                }
            }
        }
        return values;
    }
}
