package org.pikir.events.material;

import jakarta.enterprise.context.ApplicationScoped;
import org.pikir.events.event.Event;
import org.pikir.events.search.SearchContributor;
import org.pikir.events.search.SearchDocument;

import java.nio.charset.StandardCharsets;

/** Materials are found by their titles, and text materials by their words in their own language. */
@ApplicationScoped
public class MaterialSearchContributor implements SearchContributor {

    /** Enough of a text to find it by; keeps one long transcript from swamping the event's document. */
    static final int MAX_TEXT_CHARS = 20_000;
    private static final int MAX_UTF8_BYTES_PER_CHAR = 4;

    private final MaterialRepository materials;
    private final MaterialVersionRepository versions;

    public MaterialSearchContributor(MaterialRepository materials, MaterialVersionRepository versions) {
        this.materials = materials;
        this.versions = versions;
    }

    @Override
    public void contribute(Event event, SearchDocument document) {
        if (event.id == null) {
            return;
        }
        for (Material material : materials.ofEvent(event.id)) {
            document.addAll(material.title);
        }
        for (var head : versions.currentTextHeads(event.id, AcceptedFileTypes.TEXT, MAX_TEXT_CHARS * MAX_UTF8_BYTES_PER_CHAR)) {
            document.add(head.language(), textOf(head.bytes()));
        }
    }

    /** Decodes the head leniently: the cut may split the last character, which is then dropped. */
    static String textOf(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFFFD", "").replace("\uFEFF", "");
        if (text.length() <= MAX_TEXT_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_TEXT_CHARS - 1)) ? MAX_TEXT_CHARS - 1 : MAX_TEXT_CHARS;
        return text.substring(0, end);
    }
}
