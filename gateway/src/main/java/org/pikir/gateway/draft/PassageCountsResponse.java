package org.pikir.gateway.draft;

import java.util.List;

/** How many listed comments and recommendations each passage of a draft has; passages with none are left out. */
public record PassageCountsResponse(long draftId, List<PassageCount> passages) {

    public PassageCountsResponse {
        passages = passages == null ? List.of() : passages;
    }

    public record PassageCount(String passage, String article, long comments, long recommendations) {
    }
}
