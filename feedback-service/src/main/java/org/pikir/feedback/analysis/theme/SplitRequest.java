package org.pikir.feedback.analysis.theme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.pikir.feedback.analysis.ItemRef;
import org.pikir.platform.text.Multilingual;

import java.util.List;
import java.util.Map;

/** A new theme split off an existing one, and the items (tagged with the old one) whose tags move to it. */
public record SplitRequest(@Multilingual(max = 120) Map<String, String> name,
                           @Multilingual(max = 2000, required = false) Map<String, String> description,
                           @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid ItemRef> items) {
}
