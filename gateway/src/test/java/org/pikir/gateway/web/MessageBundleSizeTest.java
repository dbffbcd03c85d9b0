package org.pikir.gateway.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.pikir.gateway.account.MyFeedbackMessages;
import org.pikir.gateway.admin.AdminMessages;
import org.pikir.gateway.admin.EditorMessages;
import org.pikir.gateway.admin.analysis.AnalysisMessages;
import org.pikir.gateway.admin.draft.DraftConsoleMessages;
import org.pikir.gateway.forum.HistoryMessages;
import org.pikir.gateway.report.ReportMessages;
import org.pikir.gateway.report.YouSaidMessages;

/**
 * Quarkus 3.33 splits a message bundle's generated resolver into groups of 300 messages and drops the message that
 * starts each new group (quarkusio/quarkus#55584, fixed upstream by #55653 after 3.33.2): the 301st message of a
 * bundle renders as NOT_FOUND on the pages. Until the platform moves past that release, no bundle may grow past 300;
 * a bundle that would is split by subject (as {@code ed}, {@code hist} and {@code cnt} were).
 */
class MessageBundleSizeTest {

    /** The largest bundle the generated resolver keeps whole. */
    private static final int LIMIT = 300;

    private static final List<Class<?>> BUNDLES = List.of(Messages.class, AdminMessages.class, EditorMessages.class,
            ContentMessages.class, ReportMessages.class, MyFeedbackMessages.class, HistoryMessages.class,
            DraftConsoleMessages.class, AnalysisMessages.class,
            YouSaidMessages.class);

    @Test
    void everyBundleStaysWithinOneResolverGroup() {
        assertAll(BUNDLES.stream().map(bundle -> (Executable) () -> {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            long messages = Arrays.stream(bundle.getMethods()).filter(m -> m.isAnnotationPresent(Message.class)).count();
            assertTrue(messages > 0, name + " has no messages: is it still a bundle?");
            assertTrue(messages <= LIMIT, "the message bundle '" + name + "' has " + messages
                    + " messages; past " + LIMIT + " Quarkus 3.33 drops some (quarkusio/quarkus#55584): split it");
        }));
    }
}
