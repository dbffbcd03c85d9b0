package org.pikir.feedback.analysis.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.pikir.feedback.common.Timestamps;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The analysis_job table (V20). Every state change is one guarded UPDATE, so replicas never step on each other. */
@ApplicationScoped
public class AnalysisJobRepository {

    private static final String COLUMNS = """
            id, event_slug, kind, parameters, status, done, total, message, requested_by, created_at, started_at,
            finished_at, attempt""";

    private final EntityManager db;
    private final ObjectMapper json;

    public AnalysisJobRepository(EntityManager db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Inserts a QUEUED job; the partial unique index refuses a second active job of the forum (caller maps it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public JobResponse insert(String eventSlug, String kind, Map<String, String> parameters, String requestedBy,
                              Instant now) {
        Object[] row = (Object[]) db.createNativeQuery("""
                        insert into analysis_job (event_slug, kind, parameters, status, requested_by, created_at)
                        values (?1, ?2, ?3, 'QUEUED', ?4, ?5)
                        returning""" + " " + COLUMNS)
                .setParameter(1, eventSlug).setParameter(2, kind).setParameter(3, write(parameters))
                .setParameter(4, requestedBy).setParameter(5, now)
                .getSingleResult();
        return response(row);
    }

    public Optional<JobResponse> find(String eventSlug, long id) {
        return rows("where event_slug = ?1 and id = ?2", 1, eventSlug, id).stream().findFirst();
    }

    /** The forum's QUEUED or RUNNING job, else its newest. */
    public Optional<JobResponse> current(String eventSlug) {
        return rows("where event_slug = ?1 order by status in ('QUEUED', 'RUNNING') desc, id desc", 1, eventSlug)
                .stream().findFirst();
    }

    public Optional<JobResponse> active(String eventSlug) {
        return rows("where event_slug = ?1 and status in ('QUEUED', 'RUNNING')", 1, eventSlug).stream().findFirst();
    }

    /** Newest first, {@code limit} rows with ids below {@code beforeId} (null: from the newest). */
    public List<JobResponse> page(String eventSlug, Long beforeId, int limit) {
        return rows("where event_slug = ?1 and id < ?2 order by id desc", limit, eventSlug,
                beforeId == null ? Long.MAX_VALUE : beforeId);
    }

    /** A QUEUED job becomes CANCELLED at once; a RUNNING one is asked to stop. Returns the job as it is now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(long id, Instant now) {
        db.createNativeQuery("""
                        update analysis_job set
                            cancel_requested = true,
                            status = case when status = 'QUEUED' then 'CANCELLED' else status end,
                            finished_at = case when status = 'QUEUED' then ?2 else finished_at end,
                            message = case when status = 'QUEUED' then 'Cancelled before it started' else message end
                        where id = ?1 and status in ('QUEUED', 'RUNNING')""")
                .setParameter(1, id).setParameter(2, now).executeUpdate();
    }

    /** Claims the oldest QUEUED job for this process (RUNNING, attempt + 1); empty when there is none free. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Claimed> claim(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = db.createNativeQuery("""
                        update analysis_job j set status = 'RUNNING', started_at = ?1, heartbeat_at = ?1,
                            attempt = attempt + 1, done = 0, total = 0, message = null
                        from (select id from analysis_job where status = 'QUEUED' order by id limit 1
                              for update skip locked) next
                        where j.id = next.id
                        returning j.id, j.event_slug, j.kind, j.parameters, j.attempt""")
                .setParameter(1, now).getResultList();
        return rows.stream().findFirst().map(row -> new Claimed(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2], read((String) row[3]), ((Number) row[4]).intValue()));
    }

    /**
     * RUNNING jobs whose heartbeat is older than {@code staleBefore} lost their process: queued again, or FAILED once
     * they used {@code maxAttempts} runs. Returns how many were touched.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int requeueStale(Instant staleBefore, int maxAttempts, Instant now) {
        return db.createNativeQuery("""
                        update analysis_job set
                            status = case when attempt >= ?2 or cancel_requested then
                                         case when cancel_requested then 'CANCELLED' else 'FAILED' end
                                     else 'QUEUED' end,
                            finished_at = case when attempt >= ?2 or cancel_requested then cast(?3 as timestamptz) end,
                            message = case when cancel_requested then 'Cancelled'
                                           when attempt >= ?2 then 'Its process stopped ' || attempt || ' times'
                                           else 'Its process stopped; queued again' end
                        where id in (select id from analysis_job where status = 'RUNNING' and heartbeat_at < ?1
                                     for update skip locked)""")
                .setParameter(1, staleBefore).setParameter(2, maxAttempts).setParameter(3, now).executeUpdate();
    }

    /**
     * Keeps the heartbeat of this process's run fresh and records progress; false when the run should stop: staff
     * asked to cancel, or the job is no longer this run's (re-queued after a stale heartbeat).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean heartbeat(long id, int attempt, long done, long total, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object> cancelled = db.createNativeQuery("""
                        update analysis_job set heartbeat_at = ?3, done = ?4, total = ?5
                        where id = ?1 and attempt = ?2 and status = 'RUNNING'
                        returning cancel_requested""")
                .setParameter(1, id).setParameter(2, attempt).setParameter(3, now)
                .setParameter(4, done).setParameter(5, total).getResultList();
        return !cancelled.isEmpty() && !Boolean.TRUE.equals(cancelled.get(0));
    }

    /** Ends this run of the job (only if it is still this run's) with a message for staff. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void finish(long id, int attempt, JobStatus status, String message, Instant now) {
        db.createNativeQuery("""
                        update analysis_job set status = ?3, message = ?4, finished_at = ?5, heartbeat_at = ?5,
                            done = case when ?6 then greatest(total, done) else done end
                        where id = ?1 and attempt = ?2 and status = 'RUNNING'""")
                .setParameter(1, id).setParameter(2, attempt).setParameter(3, status.name())
                .setParameter(4, message.substring(0, Math.min(1000, message.length())))
                .setParameter(5, now).setParameter(6, status == JobStatus.SUCCEEDED).executeUpdate();
    }

    /** Gives back a run this process stops without finishing (it shuts down): queued again, the run not counted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(long id, int attempt) {
        db.createNativeQuery("""
                        update analysis_job set status = 'QUEUED', attempt = attempt - 1, heartbeat_at = null,
                            message = 'Its replica stopped; queued again'
                        where id = ?1 and attempt = ?2 and status = 'RUNNING' and not cancel_requested""")
                .setParameter(1, id).setParameter(2, attempt).executeUpdate();
    }

    /** A job this process claimed: {@code attempt} tells this run from a later restart of the same job. */
    public record Claimed(long id, String eventSlug, String kind, Map<String, String> parameters, int attempt) {
    }

    private List<JobResponse> rows(String where, int limit, Object... parameters) {
        var query = db.createNativeQuery("select " + COLUMNS + " from analysis_job " + where);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setMaxResults(limit).getResultList();
        return rows.stream().map(this::response).toList();
    }

    private JobResponse response(Object[] row) {
        JobStatus status = JobStatus.valueOf((String) row[4]);
        long done = ((Number) row[5]).longValue();
        long total = ((Number) row[6]).longValue();
        int progress = status == JobStatus.SUCCEEDED ? 100
                : total <= 0 ? 0 : (int) Math.min(100, Math.max(0, done * 100 / total));
        return new JobResponse(((Number) row[0]).longValue(), (String) row[1], (String) row[2], read((String) row[3]),
                status, done, total, progress, (String) row[7], (String) row[8], Timestamps.instant(row[9]),
                Timestamps.instant(row[10]), Timestamps.instant(row[11]), ((Number) row[12]).intValue());
    }

    private String write(Map<String, String> parameters) {
        try {
            return json.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String parameters) {
        try {
            return json.readValue(parameters, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("analysis_job.parameters is not a JSON object of strings", e);
        }
    }
}
