package org.pikir.gateway.report;

import java.time.Instant;

/** A published recommendation still without its official answer after the deadline, as staff see it. */
public record OverdueRecommendation(long id, String title, String topic, String status, String assignee,
                                    int endorsementCount, Instant createdAt, Instant answerDueAt, long daysOverdue) {
}
