package org.pikir.events.agenda;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.pikir.platform.text.Multilingual;

import java.time.Instant;
import java.util.List;
import java.util.Map;

public record AgendaItemRequest(
        @NotNull @Multilingual(max = 300) Map<String, String> title,
        @NotNull AgendaItemKind kind,
        Instant startsAt,
        Instant endsAt,
        @Size(max = 100) List<@NotNull Long> participantIds) {
}
