package org.pikir.feedback.notification;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.feedback.event.EventsServiceMock.InjectEventsService;
import org.pikir.feedback.event.OpenEvents;
import org.pikir.platform.testing.TestTokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pikir.feedback.Feedback.comment;
import static org.pikir.feedback.Feedback.moderate;
import static org.pikir.feedback.Feedback.recommendation;
import static org.pikir.feedback.Feedback.status;

@QuarkusTest
class NotificationTest {

    @InjectEventsService
    WireMockServer events;

    @Inject
    MockMailbox mailbox;

    private String event;

    @BeforeEach
    void anOpenEvent() {
        event = OpenEvents.open(events);
    }

    /** A citizen of this test with a profile in {@code language}; their address is {@code <user>@example.test}. */
    private record Citizen(String user, String token) {
        String email() {
            return user + "@example.test";
        }
    }

    private static Citizen citizen(String language, boolean email) {
        String user = "notified-" + UUID.randomUUID().toString().substring(0, 8);
        String token = TestTokens.forUser(user, "citizen");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"displayName\":\"%s\",\"language\":\"%s\",\"emailNotifications\":%s}".formatted(user, language, email))
                .when().put("/api/feedback/me/profile").then().statusCode(200);
        return new Citizen(user, token);
    }

    /** Mail goes out after the commit without holding up the request, so give it a moment to arrive. */
    private List<Mail> mailsTo(String address, int expected) throws InterruptedException {
        List<Mail> mails = mailbox.getMailsSentTo(address);
        for (int i = 0; i < 100 && (mails == null || mails.size() < expected); i++) {
            Thread.sleep(50);
            mails = mailbox.getMailsSentTo(address);
        }
        return mails == null ? List.of() : mails;
    }

    @Test
    void aHiddenCommentIsToldInAppAndByMailInTheAuthorsLanguage() throws Exception {
        Citizen author = citizen("kk", true);
        int id = comment(author.token(), event, "Менің пікірім");

        moderate(TestTokens.moderator(), "comments", id,
                "{\"action\":\"HIDE\",\"reason\":\"PERSONAL_DATA\",\"note\":\"Телефон нөмірі бар\"}").then().statusCode(200);

        given().auth().oauth2(author.token()).when().get("/api/feedback/me").then().body("unreadNotifications", equalTo(1));
        given().auth().oauth2(author.token()).when().get("/api/feedback/me/notifications")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].kind", equalTo("MODERATED"))
                .body("items[0].itemType", equalTo("COMMENT"))
                .body("items[0].itemId", equalTo(id))
                .body("items[0].eventSlug", equalTo(event))
                .body("items[0].outcome", equalTo("HIDDEN"))
                .body("items[0].reason", equalTo("PERSONAL_DATA"))
                .body("items[0].note", equalTo("Телефон нөмірі бар"))
                .body("items[0].message", equalTo("Модератор сіздің пікіріңізді жасырды. Себебі: дербес деректер бар"))
                .body("items[0].read", equalTo(false));

        List<Mail> mails = mailsTo(author.email(), 1);
        assertEquals(1, mails.size());
        Mail mail = mails.get(0);
        assertEquals("Модератор сіздің пікіріңізді жасырды.", mail.getSubject());
        assertTrue(mail.getText().startsWith("Сәлеметсіз бе, " + author.user() + "!"), mail.getText());
        assertTrue(mail.getText().contains("Себебі: дербес деректер бар"), mail.getText());
        assertTrue(mail.getText().contains("Модератордың түсіндірмесі: Телефон нөмірі бар"), mail.getText());
        assertTrue(mail.getText().contains("«Менің пікірім»"), mail.getText());
        assertTrue(mail.getText().contains(event), mail.getText());

        given().auth().oauth2(author.token()).when().post("/api/feedback/me/notifications/read").then().statusCode(204);
        given().auth().oauth2(author.token()).when().get("/api/feedback/me").then().body("unreadNotifications", equalTo(0));
        given().auth().oauth2(author.token()).when().get("/api/feedback/me/notifications")
                .then().body("items[0].read", equalTo(true));
    }

    @Test
    void anAddressVerifiedAfterTheProfileWasMadeReceivesNotifications() throws Exception {
        String user = "registered-" + UUID.randomUUID().toString().substring(0, 8);
        String unverified = TestTokens.sign(TestTokens.claims(user, "citizen").claim("email_verified", false));
        given().auth().oauth2(unverified).when().get("/api/feedback/me").then().statusCode(200)
                .body("email", nullValue());

        // the person followed the link; their next token says so
        String verified = TestTokens.forUser(user, "citizen");
        int id = recommendation(verified, event, "Проверенный адрес");
        given().auth().oauth2(verified).when().get("/api/feedback/me").then()
                .body("email", equalTo(user + "@example.test"));
        status(TestTokens.moderator(), id, "{\"status\":\"UNDER_REVIEW\"}").then().statusCode(200);

        assertEquals(1, mailsTo(user + "@example.test", 1).size(), "notification e-mails to the verified address");
    }

    @Test
    void anOfficialAnswerIsMailedWithItsText() throws Exception {
        Citizen author = citizen("en", true);
        int id = recommendation(author.token(), event, "Publish the minutes");
        status(TestTokens.moderator(), id, "{\"status\":\"UNDER_REVIEW\"}").then().statusCode(200);
        given().auth().oauth2(TestTokens.moderator()).contentType(ContentType.JSON)
                .body("{\"text\":\"The minutes will be online within a week.\",\"answeredBy\":\"Almaty akimat\"}")
                .when().put("/api/feedback/review/recommendations/" + id + "/answer").then().statusCode(200);

        List<Mail> mails = mailsTo(author.email(), 2);
        assertEquals(2, mails.size());
        assertEquals("The status of your recommendation has changed: under review.", mails.get(0).getSubject());
        Mail answer = mails.get(1);
        assertEquals("Your recommendation has received an official answer.", answer.getSubject());
        assertTrue(answer.getText().contains("The official answer from Almaty akimat:\nThe minutes will be online within a week."),
                answer.getText());
        assertTrue(answer.getText().contains("\"Publish the minutes\""), answer.getText());

        given().auth().oauth2(author.token()).when().get("/api/feedback/me/notifications")
                .then().body("items.kind", equalTo(List.of("ANSWERED", "STATUS_CHANGED")));
    }

    @Test
    void aRussianAuthorReadsRussian() throws Exception {
        Citizen author = citizen("ru", true);
        int id = recommendation(author.token(), event, "Открытые заседания");
        moderate(TestTokens.moderator(), "recommendations", id, "{\"action\":\"REJECT\",\"reason\":\"DUPLICATE\"}")
                .then().statusCode(200);
        Mail mail = mailsTo(author.email(), 1).get(0);
        assertEquals("Модератор отклонил вашу рекомендацию.", mail.getSubject());
        assertTrue(mail.getText().contains("Причина: повтор уже опубликованного"), mail.getText());
        assertTrue(mail.getText().contains("Здравствуйте, " + author.user() + "!"), mail.getText());
    }

    @Test
    void noMailWhenTheAuthorSwitchedItOff() throws Exception {
        Citizen author = citizen("ru", false);
        Citizen other = citizen("ru", true);
        int id = comment(author.token(), event, "Без писем");
        int theirs = comment(other.token(), event, "С письмами");
        moderate(TestTokens.moderator(), "comments", id, "{\"action\":\"REJECT\",\"reason\":\"SPAM\"}").then().statusCode(200);
        moderate(TestTokens.moderator(), "comments", theirs, "{\"action\":\"REJECT\",\"reason\":\"SPAM\"}").then().statusCode(200);
        // the other author's mail arriving shows the mail of both decisions has been handled
        assertEquals(1, mailsTo(other.email(), 1).size());
        assertTrue(mailbox.getMailsSentTo(author.email()) == null || mailbox.getMailsSentTo(author.email()).isEmpty());
        given().auth().oauth2(author.token()).when().get("/api/feedback/me/notifications").then().body("items", hasSize(1));
    }

    @Test
    void keepingAFlaggedItemUpAsItWasTellsNobody() {
        Citizen author = citizen("ru", true);
        int id = comment(author.token(), event, "Спорный, но допустимый");
        moderate(TestTokens.moderator(), "comments", id, "{\"action\":\"PUBLISH\"}").then().statusCode(200);
        given().auth().oauth2(author.token()).when().get("/api/feedback/me/notifications").then().body("items", empty());
    }

    @Test
    void notificationsAreTheirRecipientsAlone() {
        Citizen author = citizen("ru", true);
        Citizen other = citizen("ru", true);
        int id = comment(author.token(), event, "Только мне");
        moderate(TestTokens.moderator(), "comments", id, "{\"action\":\"HIDE\",\"reason\":\"OFF_TOPIC\"}").then().statusCode(200);
        given().auth().oauth2(other.token()).when().get("/api/feedback/me/notifications").then().body("items", empty());
        given().auth().oauth2(other.token()).when().post("/api/feedback/me/notifications/read").then().statusCode(204);
        given().auth().oauth2(author.token()).when().get("/api/feedback/me").then().body("unreadNotifications", equalTo(1));
    }

    @Test
    void notificationsPageNewestFirst() {
        Citizen author = citizen("en", false);
        for (int i = 0; i < 3; i++) {
            int id = comment(author.token(), event, "Comment " + i);
            moderate(TestTokens.moderator(), "comments", id, "{\"action\":\"REJECT\",\"reason\":\"SPAM\"}").then().statusCode(200);
        }
        var first = given().auth().oauth2(author.token()).queryParam("size", 2).when().get("/api/feedback/me/notifications")
                .then().statusCode(200).body("items", hasSize(2)).extract().jsonPath();
        given().auth().oauth2(author.token()).queryParam("size", 2).queryParam("after", first.getString("nextCursor"))
                .when().get("/api/feedback/me/notifications")
                .then().statusCode(200).body("items", hasSize(1))
                .body("nextCursor", equalTo(null))
                .body("items[0].message", containsString("rejected your comment"));
    }
}
