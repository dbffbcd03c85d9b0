package org.pikir.gateway.forum;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A session of the agenda: its title, what kind of session, when, and who took part. */
public record AgendaItemView(long id, LocalizedText title, String kindLabel, TimeSpan time,
                             List<ParticipantView> participants) {

    static AgendaItemView of(AgendaItemResponse item, Map<Long, ParticipantView> participants, ZoneId zone,
                             ForumLabels labels) {
        List<ParticipantView> taking = item.participantIds().stream()
                .map(participants::get).filter(Objects::nonNull).toList();
        return new AgendaItemView(item.id(), LocalizedText.pick(item.title(), labels.lang()),
                labels.sessionKind(item.kind()), TimeSpan.of(item.startsAt(), item.endsAt(), zone, labels.lang()),
                taking);
    }

    public String anchor() {
        return "session-" + id;
    }
}
