package org.pikir.feedback.analysis.job;

import java.util.Map;

/** What a running {@link AnalysisTask} knows of its job and how it reports back. */
public interface JobContext {

    long jobId();

    String eventSlug();

    /** The parameters the job was started with (e.g. {@code draftId}, {@code article}, {@code themes}). */
    Map<String, String> parameters();

    /** Records progress ({@code done} of {@code total} units) and keeps the job's heartbeat fresh; cheap to call often. */
    void progress(long done, long total);

    /** True once staff asked to cancel the job (or it was taken over after a restart); the task should stop. */
    boolean cancelled();
}
