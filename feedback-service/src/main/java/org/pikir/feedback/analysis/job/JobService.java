package org.pikir.feedback.analysis.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.pikir.feedback.audit.AuditLog;
import org.pikir.feedback.common.CursorPage;
import org.pikir.feedback.common.Staff;
import org.pikir.feedback.common.Unprocessable;
import org.pikir.feedback.event.EventCatalog;
import org.pikir.platform.problem.Problem;
import org.pikir.platform.problem.ProblemException;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Starting, listing and cancelling a forum's analysis jobs; every write is audited. */
@ApplicationScoped
public class JobService {

    private final AnalysisJobRepository jobs;
    private final JobRunner runner;
    private final EventCatalog events;
    private final AuditLog audit;
    private final Clock clock;

    public JobService(AnalysisJobRepository jobs, JobRunner runner, EventCatalog events, AuditLog audit, Clock clock) {
        this.jobs = jobs;
        this.runner = runner;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Queues a job; 404 for an unknown forum, 422 naming kind, 409 naming the forum's active job. */
    public JobResponse start(String eventSlug, JobRequest request, Staff staff) {
        events.requireExists(eventSlug);
        if (!runner.knows(request.kind())) {
            throw Unprocessable.field("kind", "is not a kind of analysis job (SUGGEST_THEMES, CAMPAIGNS)");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        JobRequest.Parameters given = request.parameters();
        if (given != null) {
            if (given.draftId() != null) {
                parameters.put("draftId", given.draftId().toString());
            }
            if (given.article() != null) {
                if (given.draftId() == null) {
                    throw Unprocessable.field("parameters.article", "needs parameters.draftId");
                }
                parameters.put("article", given.article());
            }
            if (given.themes() != null) {
                parameters.put("themes", given.themes().toString());
            }
        }
        try {
            return insert(eventSlug, request.kind(), parameters, staff);
        } catch (PersistenceException e) {
            // the partial unique index: another job of this forum is QUEUED or RUNNING (maybe started a moment ago)
            throw jobs.active(eventSlug).map(JobService::running).orElseThrow(() -> e);
        }
    }

    @Transactional
    JobResponse insert(String eventSlug, String kind, Map<String, String> parameters, Staff staff) {
        jobs.active(eventSlug).ifPresent(active -> {
            throw running(active);
        });
        JobResponse job = jobs.insert(eventSlug, kind, parameters, staff.name(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        audit.record(staff, "analysis.job.start", "analysis_job", String.valueOf(job.id()), null, job);
        return job;
    }

    public JobResponse get(String eventSlug, long id) {
        return jobs.find(eventSlug, id).orElseThrow(() -> ProblemException.notFound("Job", String.valueOf(id)));
    }

    public JobResponse current(String eventSlug) {
        return jobs.current(eventSlug).orElseThrow(() -> ProblemException.notFound("Job of forum", eventSlug));
    }

    public CursorPage<JobResponse> page(String eventSlug, Long afterId, int size) {
        List<JobResponse> rows = jobs.page(eventSlug, afterId, size + 1);
        boolean more = rows.size() > size;
        List<JobResponse> items = more ? rows.subList(0, size) : rows;
        return new CursorPage<>(items, more ? String.valueOf(items.get(size - 1).id()) : null);
    }

    /** Cancels a QUEUED job at once, asks a RUNNING one to stop; a finished job is returned as it is. */
    @Transactional
    public JobResponse cancel(String eventSlug, long id, Staff staff) {
        JobResponse before = get(eventSlug, id);
        if (!before.status().active()) {
            return before;
        }
        jobs.cancel(id, clock.instant().truncatedTo(ChronoUnit.MICROS));
        JobResponse after = get(eventSlug, id);
        audit.record(staff, "analysis.job.cancel", "analysis_job", String.valueOf(id), before, after);
        return after;
    }

    private static ProblemException running(JobResponse active) {
        return new ProblemException(Problem.of("job-running", "Conflict", 409,
                        "Job " + active.id() + " (" + active.kind() + ") is " + active.status()
                                + " for this forum; wait for it or cancel it.")
                .withErrors(List.of(new Problem.FieldError("job", String.valueOf(active.id())))));
    }
}
