package org.pikir.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** A browser journey's set-up: the running platform, one Chromium for the class, fresh contexts for each test. */
@ExtendWith(PlatformExtension.class)
abstract class BrowserTests {

    protected static Platform platform;
    protected static Browsers browsers;

    @BeforeAll
    static void startBrowser(Platform started) {
        platform = started;
        browsers = Browsers.start(platform);
    }

    @AfterAll
    static void stopBrowser() {
        if (browsers != null) {
            browsers.close();
        }
    }

    @AfterEach
    void closeContexts() {
        browsers.closeContexts();
    }
}
