package org.pikir.feedback.analysis.job;

/** Where an analysis job is: waiting, running, or finished one of three ways. */
public enum JobStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    public boolean active() {
        return this == QUEUED || this == RUNNING;
    }
}
