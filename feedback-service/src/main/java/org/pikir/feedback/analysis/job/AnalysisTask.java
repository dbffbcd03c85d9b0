package org.pikir.feedback.analysis.job;

/**
 * A long piece of analysis run in the background as an analysis job: suggesting themes, finding campaigns. Each task is
 * a CDI bean; the job runner finds it by {@link #kind()}. A task must be restartable from scratch: a job interrupted
 * by a restart is run again from the beginning, so a task replaces (never adds to) what an earlier run of it wrote.
 */
public interface AnalysisTask {

    /** The job kind this task runs, e.g. {@code SUGGEST_THEMES} or {@code CAMPAIGNS}. */
    String kind();

    /**
     * Runs the task for {@code context.eventSlug()}; reports progress through the context and returns early, writing
     * nothing more, once {@link JobContext#cancelled()} is true. An exception fails the job with its message.
     */
    void run(JobContext context) throws Exception;
}
