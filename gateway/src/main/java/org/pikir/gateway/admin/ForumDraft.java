package org.pikir.gateway.admin;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A forum's editable record as events-service takes it to create a draft or to edit a forum (every field, each time);
 * city, venue, organiser and source per language, topics as slugs of the catalogue; a source left out (null) is kept
 * as it is, an empty one removed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ForumDraft(String slug, Map<String, String> title, Map<String, String> summary,
                         Map<String, String> description, String kind, String format, List<String> topics,
                         Map<String, String> city, Map<String, String> venue, Map<String, String> organiser,
                         Map<String, String> source, String coverUrl, LocalDate date, Instant startsAt,
                         Instant endsAt, String timeZone, Instant consultationOpensAt, Instant consultationClosesAt) {
}
