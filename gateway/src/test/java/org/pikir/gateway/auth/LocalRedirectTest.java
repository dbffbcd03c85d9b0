package org.pikir.gateway.auth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocalRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/forums/almaty-2026-02-25-constitutional-reform", "/forums/x?sent=true#comments"})
    void pathsOfThisSiteAreKept(String next) {
        assertEquals(next, LocalRedirect.safe(next).toString());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
            "/forums/x\r\nSet-Cookie: a=b", "/a b", "forums/x", "/%zz"})
    void anythingElseGoesHome(String next) {
        assertEquals("/", LocalRedirect.safe(next).toString());
    }
}
