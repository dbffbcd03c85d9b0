package org.pikir.feedback.analysis.job;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A test task (kind TEST_CONTROLLED): reports half its work, then waits until the test releases it (or a minute
 * passes) or the job is cancelled. Lets a test see a job RUNNING, cancel it, or let it finish.
 */
@ApplicationScoped
public class ControlledTask implements AnalysisTask {

    public static final String KIND = "TEST_CONTROLLED";
    private static volatile CountDownLatch release = new CountDownLatch(1);

    /** Makes the next runs wait again. */
    public static void hold() {
        release = new CountDownLatch(1);
    }

    /** Lets every waiting run finish. */
    public static void release() {
        release.countDown();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext context) throws InterruptedException {
        context.progress(50, 100);
        CountDownLatch waiting = release;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!waiting.await(20, TimeUnit.MILLISECONDS)) {
            if (context.cancelled() || System.nanoTime() > deadline) {
                return;
            }
        }
        context.progress(100, 100);
    }
}
