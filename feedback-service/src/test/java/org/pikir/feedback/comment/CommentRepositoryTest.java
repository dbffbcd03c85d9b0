package org.pikir.feedback.comment;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The thread queries and the counters the database keeps for them, each test in a transaction rolled back after it. */
@QuarkusTest
@TestTransaction
class CommentRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-02-25T05:00:00Z");

    @Inject
    CommentRepository comments;

    @Inject
    EntityManager db;

    private final String event = "repo-" + UUID.randomUUID().toString().substring(0, 8);

    private long insert(Long parent, Instant at, String status, Long statementId, Long materialId) {
        return ((Number) db.createNativeQuery("""
                        insert into comment (id, event_slug, statement_id, material_id, parent_id, body, language,
                                             author_subject, author_name, status, created_at, updated_at)
                        values (nextval('comment_seq'), ?1, ?2, ?3, ?4, 'Текст', 'ru', 'someone', 'Someone', ?5, ?6, ?6)
                        returning id""")
                .setParameter(1, event).setParameter(2, statementId).setParameter(3, materialId)
                .setParameter(4, parent).setParameter(5, status).setParameter(6, at)
                .getSingleResult()).longValue();
    }

    private long root(Instant at) {
        return insert(null, at, "PUBLISHED", null, null);
    }

    private long reply(long parent, Instant at) {
        return insert(parent, at, "PUBLISHED", null, null);
    }

    private static List<Long> ids(List<Comment> found) {
        return found.stream().map(c -> c.id).toList();
    }

    private void setStatus(long id, String status) {
        db.createNativeQuery("update comment set status = ?1 where id = ?2")
                .setParameter(1, status).setParameter(2, id).executeUpdate();
    }

    @Test
    void threadsComeByTimeThenIdEitherWayAndAfterAKeysetPosition() {
        long a = root(T0);
        long b = root(T0.plusSeconds(60));
        long c = root(T0.plusSeconds(60));
        long d = root(T0.plusSeconds(120));
        reply(a, T0.plusSeconds(200));
        long pending = insert(null, T0.plusSeconds(300), "PENDING", null, null);

        assertEquals(List.of(d, c, b, a), ids(comments.threads(event, CommentTarget.EVENT, ThreadOrder.NEWEST, null, 10)));
        assertEquals(List.of(a, b, c, d), ids(comments.threads(event, CommentTarget.EVENT, ThreadOrder.OLDEST, null, 10)));
        var atC = new CommentRepository.Position(T0.plusSeconds(60), c);
        assertEquals(List.of(b, a), ids(comments.threads(event, CommentTarget.EVENT, ThreadOrder.NEWEST, atC, 10)));
        assertEquals(List.of(d), ids(comments.threads(event, CommentTarget.EVENT, ThreadOrder.OLDEST, atC, 10)));
        assertEquals(List.of(d, c), ids(comments.threads(event, CommentTarget.EVENT, ThreadOrder.NEWEST, null, 2)));
        assertFalse(comments.isListedThread(pending));
        assertTrue(comments.isListedThread(a));
    }

    @Test
    void repliesCarryTheirThreadAndDepthAndComeCappedPerThread() {
        long a = root(T0);
        long b = root(T0.plusSeconds(1));
        long a1 = reply(a, T0.plusSeconds(10));
        long a2 = reply(a1, T0.plusSeconds(11));
        long a3 = reply(a2, T0.plusSeconds(12));
        long a4 = reply(a, T0.plusSeconds(13));
        long b1 = reply(b, T0.plusSeconds(14));
        db.flush();
        db.clear();

        Comment deepest = comments.findById(a3);
        assertEquals(a, deepest.threadId);
        assertEquals(3, deepest.depth);
        assertEquals(a, comments.findById(a).threadId, "a top-level comment is its own thread");
        assertEquals(4, comments.findById(a).replyCount);

        List<Comment> first = comments.firstReplies(List.of(a, b), 3);
        assertEquals(List.of(a1, a2, a3), first.stream().filter(r -> r.threadId == a).sorted(
                java.util.Comparator.comparing((Comment r) -> r.createdAt)).map(r -> r.id).toList());
        assertEquals(List.of(b1), first.stream().filter(r -> r.threadId == b).map(r -> r.id).toList());
        assertEquals(List.of(a3, a4), ids(comments.replies(a, new CommentRepository.Position(T0.plusSeconds(11), a2), 10)));
    }

    @Test
    void countersFollowEveryChangeOfWhatIsListed() {
        long onStatement = insert(null, T0, "PUBLISHED", 7L, null);
        long onMaterial = insert(null, T0.plusSeconds(1), "PUBLISHED", null, 3L);
        long reply = reply(onStatement, T0.plusSeconds(2));
        reply(reply, T0.plusSeconds(3));
        long pending = insert(null, T0.plusSeconds(4), "PENDING", null, null);
        assertEquals(new CommentRepository.ThreadCounts(4, 2), comments.counts(event, CommentTarget.EVENT));
        assertEquals(new CommentRepository.ThreadCounts(3, 1), comments.counts(event, CommentTarget.of(7L, null)));
        assertEquals(new CommentRepository.ThreadCounts(1, 1), comments.counts(event, CommentTarget.of(null, 3L)));

        setStatus(reply, "REJECTED");
        assertEquals(new CommentRepository.ThreadCounts(2, 1), comments.counts(event, CommentTarget.of(7L, null)));
        setStatus(reply, "HIDDEN");
        setStatus(onMaterial, "DELETED");
        setStatus(pending, "PUBLISHED");
        assertEquals(new CommentRepository.ThreadCounts(5, 3), comments.counts(event, CommentTarget.EVENT));
        setStatus(onStatement, "REJECTED");
        assertEquals(new CommentRepository.ThreadCounts(2, 2), comments.counts(event, CommentTarget.EVENT),
                "a thread taken out takes its replies with it");
        assertEquals(new CommentRepository.ThreadCounts(0, 0), comments.counts(event, CommentTarget.of(7L, null)));
        setStatus(onStatement, "PUBLISHED");
        assertEquals(new CommentRepository.ThreadCounts(3, 1), comments.counts(event, CommentTarget.of(7L, null)));
        assertEquals(new CommentRepository.ThreadCounts(0, 0), comments.counts("no-such-event", CommentTarget.EVENT));
    }
}
