package org.pikir.events.event;

import jakarta.validation.constraints.NotNull;
import org.pikir.platform.text.Multilingual;

import java.util.Map;

/** The conclusions adopted at the end of an event, per language. */
public record OutcomeRequest(@NotNull @Multilingual(max = 20_000) Map<String, String> texts) {
}
