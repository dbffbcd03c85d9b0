package org.pikir.feedback.analysis.campaign;

import org.pikir.feedback.common.Visibility;

import java.time.Instant;

/** One comment of a campaign, as staff see it (hidden and rejected texts included). */
public record CampaignMemberResponse(long id, Visibility status, String authorName, Instant createdAt, String text) {
}
