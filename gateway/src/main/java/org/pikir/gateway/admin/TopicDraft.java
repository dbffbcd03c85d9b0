package org.pikir.gateway.admin;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/** A topic as events-service takes it: its permanent slug (only when adding) and its name in kk, ru and en. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TopicDraft(String slug, Map<String, String> name) {
}
