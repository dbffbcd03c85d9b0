package org.pikir.gateway.forum;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ExternalLinkTest {

    @Test
    void webAddressesBecomeLinksWithTheirHost() {
        ExternalLink link = ExternalLink.of(" https://www.akorda.kz/ru/forum ");
        assertEquals("https://www.akorda.kz/ru/forum", link.url());
        assertEquals("www.akorda.kz", link.host());
        assertEquals("example.org", ExternalLink.of("HTTP://example.org").host());
    }

    @Test
    void anythingElseStaysText() {
        for (String address : new String[] {null, "", "javascript:alert(1)", "data:text/html,x", "//evil.example/x",
                "/api/events/x", "ftp://example.org/f", "https:///nohost", "https://exa mple.org", "Kazpravda.kz"}) {
            assertNull(ExternalLink.of(address), address);
        }
    }
}
