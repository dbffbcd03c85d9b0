package org.pikir.feedback.analysis.job;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs analysis jobs in the background. Every poll (and at start-up) it first re-queues RUNNING jobs whose heartbeat
 * went stale (their process died), then, while this replica has a free worker, claims the oldest QUEUED job with
 * {@code FOR UPDATE SKIP LOCKED} (two replicas never take the same one) and runs its {@link AnalysisTask} on the
 * managed executor; a worker that finishes a job claims the next one at once. A running job's heartbeat is written
 * with its progress and at every poll, and the same write reads whether staff asked to cancel it.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);
    /** Progress is written at most this often (a task may report it for every item). */
    private static final long PROGRESS_EVERY_MS = 1000;

    private final AnalysisJobRepository jobs;
    private final Map<String, AnalysisTask> tasks;
    private final ManagedExecutor executor;
    private final JobsConfig config;
    private final Clock clock;
    private final Map<Long, Run> running = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    public JobRunner(AnalysisJobRepository jobs, @All List<AnalysisTask> tasks, ManagedExecutor executor,
                     JobsConfig config, Clock clock) {
        this.jobs = jobs;
        this.tasks = new ConcurrentHashMap<>();
        tasks.forEach(task -> this.tasks.put(task.kind(), task));
        this.executor = executor;
        this.config = config;
        this.clock = clock;
    }

    /** Whether a task runs jobs of this kind. */
    public boolean knows(String kind) {
        return tasks.containsKey(kind);
    }

    void onStart(@Observes StartupEvent start) {
        requeueStale();
    }

    void onStop(@Observes ShutdownEvent stop) {
        stopping = true;
        running.values().forEach(run -> run.stop.set(true));
    }

    /** One round: heartbeats, stale check, then claim QUEUED jobs while workers are free (tests call it directly). */
    @Scheduled(identity = "analysis-jobs", every = "${pikir.feedback.jobs.poll-every}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void poll() {
        heartbeats();
        requeueStale();
        fillWorkers();
    }

    /** Whether this replica runs no job (a finished job's worker has already claimed the next one, if any). */
    public synchronized boolean idle() {
        return running.isEmpty();
    }

    /**
     * Frees a finished job's worker and lets it claim the next QUEUED job at once, so a queue of jobs (a campaign
     * search on every forum) runs back to back, not one per poll.
     */
    private synchronized void finished(long jobId) {
        running.remove(jobId);
        try {
            fillWorkers();
        } catch (RuntimeException e) {
            LOG.warnf("Could not claim the next analysis job: %s", e.getMessage());
        }
    }

    /** Claims QUEUED jobs while this replica has free workers (one caller at a time, so never more than the workers). */
    private synchronized void fillWorkers() {
        while (!stopping && running.size() < config.workers() && startNext()) {
            // claimed one; look for another while workers are free
        }
    }

    /** Re-queues (or fails) RUNNING jobs whose process stopped; returns how many. */
    public int requeueStale() {
        Instant now = clock.instant();
        int touched = QuarkusTransaction.requiringNew()
                .call(() -> jobs.requeueStale(now.minus(config.staleAfter()), config.maxAttempts(), now));
        if (touched > 0) {
            LOG.infof("%d analysis job(s) had lost their process and were queued again or failed", touched);
        }
        return touched;
    }

    private void heartbeats() {
        for (Run run : running.values()) {
            run.beat(true);
        }
    }

    /** Claims and starts the oldest QUEUED job; false when there was none. */
    boolean startNext() {
        Optional<AnalysisJobRepository.Claimed> claimed =
                QuarkusTransaction.requiringNew().call(() -> jobs.claim(clock.instant()));
        if (claimed.isEmpty()) {
            return false;
        }
        Run run = new Run(claimed.get());
        running.put(run.job.id(), run);
        executor.execute(run::execute);
        return true;
    }

    /** One run of one job, and the {@link JobContext} its task sees. */
    private final class Run implements JobContext {

        final AnalysisJobRepository.Claimed job;
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicLong done = new AtomicLong();
        final AtomicLong total = new AtomicLong();
        volatile long lastBeat;

        Run(AnalysisJobRepository.Claimed job) {
            this.job = job;
        }

        void execute() {
            JobStatus outcome;
            String message;
            try {
                AnalysisTask task = tasks.get(job.kind());
                if (task == null) {
                    throw new IllegalStateException("No task runs jobs of kind " + job.kind());
                }
                LOG.infof("Analysis job %d (%s, %s) started, attempt %d", job.id(), job.kind(), job.eventSlug(),
                        job.attempt());
                task.run(this);
                outcome = cancelled() ? JobStatus.CANCELLED : JobStatus.SUCCEEDED;
                message = outcome == JobStatus.CANCELLED ? "Cancelled" : "Done";
            } catch (Exception | OutOfMemoryError e) {
                LOG.errorf(e, "Analysis job %d (%s, %s) failed", job.id(), job.kind(), job.eventSlug());
                outcome = JobStatus.FAILED;
                message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            try {
                if (stopping) {
                    // shutting down is not staff cancelling: the job runs again, here after a restart or elsewhere
                    QuarkusTransaction.requiringNew().run(() -> jobs.release(job.id(), job.attempt()));
                    LOG.infof("Analysis job %d stopped by shutdown and queued again", job.id());
                    return;
                }
                JobStatus finalStatus = outcome;
                String finalMessage = message;
                QuarkusTransaction.requiringNew().run(() -> jobs.finish(job.id(), job.attempt(), finalStatus,
                        finalMessage, clock.instant()));
                LOG.infof("Analysis job %d %s", job.id(), outcome);
            } finally {
                finished(job.id());
            }
        }

        /** Writes heartbeat and progress (throttled unless forced) and reads back whether to stop. */
        void beat(boolean force) {
            long now = System.currentTimeMillis();
            if (!force && now - lastBeat < PROGRESS_EVERY_MS) {
                return;
            }
            lastBeat = now;
            try {
                boolean keepGoing = QuarkusTransaction.requiringNew().call(() -> jobs.heartbeat(job.id(),
                        job.attempt(), done.get(), total.get(), clock.instant()));
                if (!keepGoing) {
                    stop.set(true);
                }
            } catch (RuntimeException e) {
                // the next beat tries again; a job whose beats all fail is re-queued by the stale check
                LOG.warnf("Heartbeat of analysis job %d failed: %s", job.id(), e.getMessage());
            }
        }

        @Override
        public long jobId() {
            return job.id();
        }

        @Override
        public String eventSlug() {
            return job.eventSlug();
        }

        @Override
        public Map<String, String> parameters() {
            return job.parameters();
        }

        @Override
        public void progress(long done, long total) {
            this.done.set(done);
            this.total.set(total);
            beat(false);
        }

        @Override
        public boolean cancelled() {
            beat(false);
            return stop.get();
        }
    }
}
