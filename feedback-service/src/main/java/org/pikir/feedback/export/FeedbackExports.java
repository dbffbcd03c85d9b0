package org.pikir.feedback.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.logging.Logger;
import org.pikir.feedback.audit.AuditLog;
import org.pikir.feedback.common.Author;
import org.pikir.feedback.common.Staff;
import org.pikir.feedback.event.TopicCatalog;
import org.pikir.feedback.event.TopicName;
import org.pikir.platform.problem.Problem;
import org.pikir.platform.problem.ProblemException;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Whole-event exports, written row by row while PostgreSQL reads them, so memory stays the same for
 * ten rows or ten million. Staff files hold the internal fields (visibility, moderation, review)
 * and the author's public pseudonym, never the account behind it; the open-data file holds only
 * what the public already sees, without authors, with days instead of times.
 *
 * <p>A download holds a database connection and a worker thread for as long as the client reads,
 * so only a few run at once per replica (staff and public counted apart); one more is answered 503
 * with Retry-After before anything is read.
 */
@ApplicationScoped
public class FeedbackExports {

    private static final Logger LOG = Logger.getLogger(FeedbackExports.class);
    private static final int WRITE_BUFFER = 16 * 1024;

    // an item whose author erased their data: no text, no name, and a column that says so ("removed": "by-author")
    private static final String ERASED = "case when author_subject = '" + Author.ERASED_SUBJECT + "'";
    private static final String RECOMMENDATION_ERASED = ERASED.replace("author_subject", "r.author_subject");

    /**
     * An item's accepted themes confirmed by staff, as the columns {@code themes} (names in ru, else kk, else en, joined
     * by "; ") and {@code theme_ids} ("12;62"); {@code %1$s} is the item's kind, {@code %2$s} its id column.
     */
    private static final String THEMES = """
            left join lateral (select string_agg(coalesce(t.name_ru, t.name_kk, t.name_en), '; ' order by t.id) as themes,
                                      string_agg(cast(t.id as text), ';' order by t.id) as theme_ids
                               from item_theme it join theme t on t.id = it.theme_id
                               where it.item_type = '%1$s' and it.item_id = %2$s and not it.suggested
                                 and t.status = 'ACCEPTED') th on true""";
    private static final String COMMENT_THEMES = THEMES.formatted("COMMENT", "comment.id");
    private static final String RECOMMENDATION_THEMES = THEMES.formatted("RECOMMENDATION", "r.id");

    private static final String COMMENTS = """
            select id, event_slug, parent_id, statement_id, material_id, draft_id, draft_version,
                   passage_key as passage, article_key as article, quote, language, status, nullif(body, '') as body,
                   %1$s then null else author_name end as author_name,
                   moderation_reason, moderation_note, moderated_by, moderated_at, flag_count, open_flag_count,
                   created_at, updated_at, %1$s then 'by-author' end as removed, th.themes, th.theme_ids
            from comment %2$s where event_slug = ? order by id""".formatted(ERASED, COMMENT_THEMES);

    /** The topic catalogue's names, given as one JSON parameter, so exports name topics beside their slugs. */
    private static final String TOPIC_NAMES = """
            with topic_name as (select * from jsonb_to_recordset(cast(? as jsonb)) as t(slug text, kk text, ru text, en text))
            """;

    private static final String RECOMMENDATIONS = TOPIC_NAMES + """
            select r.id, r.event_slug, r.group_id, g.member_count as group_size, r.statement_id, r.material_id,
                   r.draft_id, r.draft_version, r.passage_key as passage, r.article_key as article, r.quote,
                   r.proposed_wording, nullif(r.title, '') as title, nullif(r.body, '') as body, r.topic, tn.kk as topic_kk,
                   tn.ru as topic_ru, tn.en as topic_en, r.expected_effect, r.language,
                   %1$s then null else r.author_name end as author_name, r.status, r.visibility,
                   r.merged_into_id, r.assigned_to, r.endorsement_count, r.official_answer, r.answered_by,
                   r.answered_at, r.moderation_reason, r.moderation_note, r.moderated_by, r.moderated_at,
                   r.flag_count, r.open_flag_count, r.created_at, r.updated_at, %1$s then 'by-author' end as removed,
                   th.themes, th.theme_ids
            from recommendation r left join recommendation_group g on g.id = r.group_id
                 left join topic_name tn on tn.slug = r.topic
                 %2$s
            where r.event_slug = ? order by r.id""".formatted(RECOMMENDATION_ERASED, RECOMMENDATION_THEMES);

    private static final String OPEN_COMMENTS = """
            select id, parent_id, statement_id, material_id, draft_id, draft_version, passage_key as passage,
                   article_key as article, quote, language, body,
                   (created_at at time zone 'UTC')::date as created_on, th.themes, th.theme_ids
            from comment %s where event_slug = ? and status = 'PUBLISHED' order by id""".formatted(COMMENT_THEMES);

    private static final String OPEN_RECOMMENDATIONS = TOPIC_NAMES + """
            select r.id, r.group_id, r.statement_id, r.material_id, r.draft_id, r.draft_version,
                   r.passage_key as passage, r.article_key as article, r.quote, r.proposed_wording,
                   nullif(r.title, '') as title,
                   nullif(r.body, '') as body, r.topic, tn.kk as topic_kk, tn.ru as topic_ru, tn.en as topic_en,
                   r.expected_effect, r.language, r.status,
                   r.endorsement_count, r.merged_into_id, r.official_answer, r.answered_by,
                   (r.answered_at at time zone 'UTC')::date as answered_on,
                   (r.created_at at time zone 'UTC')::date as created_on, %s then 'by-author' end as removed,
                   th.themes, th.theme_ids
            from recommendation r left join topic_name tn on tn.slug = r.topic
                 %s
            where r.event_slug = ? and r.visibility = 'PUBLISHED' order by r.id""".formatted(RECOMMENDATION_ERASED,
            RECOMMENDATION_THEMES);

    /** What an export's audit entry records besides who and which event. */
    record ExportState(String file) {
    }

    private interface Body {
        void write(Snapshot snapshot) throws SQLException, IOException;
    }

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final ExportConfig config;
    private final TopicCatalog topics;
    private final Clock clock;
    private final Semaphore staffStreams;
    private final Semaphore openDataStreams;

    public FeedbackExports(DataSource dataSource, ObjectMapper json, AuditLog audit, ExportConfig config,
                           TopicCatalog topics, Clock clock) {
        this.topics = topics;
        this.dataSource = dataSource;
        this.json = json;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
        this.staffStreams = new Semaphore(config.concurrentStaff());
        this.openDataStreams = new Semaphore(config.concurrentOpenData());
    }

    /**
     * Takes a place among the running staff exports, records the export in the audit log, and returns
     * the file to stream when the response is written. The place is given back when the stream ends,
     * or when the response ends without it (the client went away first): {@code onResponseEnd}
     * registers that second way.
     */
    public StreamingOutput export(String eventSlug, ExportFile file, Staff staff, Consumer<Runnable> onResponseEnd) {
        Place place = Place.take(staffStreams);
        onResponseEnd.accept(place::giveBack);
        try {
            QuarkusTransaction.requiringNew().run(() -> audit.record(staff, "export", "event", eventSlug, null,
                    new ExportState(file.fileName())));
        } catch (RuntimeException e) {
            place.giveBack();
            throw e;
        }
        String sql = file.comments() ? COMMENTS : RECOMMENDATIONS;
        Object[] parameters = file.comments() ? new Object[] {eventSlug} : new Object[] {topicNames(), eventSlug};
        if (file.csv()) {
            return out -> stream(place, eventSlug, file.fileName(), snapshot -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), WRITE_BUFFER);
                // the byte order mark tells spreadsheet programs the file is UTF-8 (Kazakh and Russian text)
                writer.write('\uFEFF');
                snapshot.query(sql, rows -> CsvTable.write(rows, writer), parameters);
                writer.flush();
            });
        }
        return out -> stream(place, eventSlug, file.fileName(), snapshot -> {
            JsonGenerator generator = generator(out);
            snapshot.query(sql, rows -> JsonTable.writeArray(rows, generator), parameters);
            generator.flush();
        });
    }

    /** The public open-data document of an event: one JSON object with its published comments and recommendations. */
    public StreamingOutput openData(String eventSlug, Consumer<Runnable> onResponseEnd) {
        Place place = Place.take(openDataStreams);
        onResponseEnd.accept(place::giveBack);
        String topics = topicNames();
        return out -> stream(place, eventSlug, "open-data.json", snapshot -> {
            JsonGenerator generator = generator(out);
            generator.writeStartObject();
            generator.writeStringField("format", "pikir-open-data");
            generator.writeNumberField("version", 1);
            generator.writeStringField("eventSlug", eventSlug);
            generator.writeStringField("generatedOn", LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString());
            generator.writeFieldName("comments");
            snapshot.query(OPEN_COMMENTS, rows -> JsonTable.writeArray(rows, generator), eventSlug);
            generator.writeFieldName("recommendations");
            snapshot.query(OPEN_RECOMMENDATIONS, rows -> JsonTable.writeArray(rows, generator), topics, eventSlug);
            generator.writeEndObject();
            generator.flush();
        });
    }

    /**
     * The catalogue's names as the queries' JSON parameter, {@code [{slug, kk, ru, en}]}; while events-service cannot
     * say, none, and the names' columns stay empty rather than the export failing.
     */
    private String topicNames() {
        List<Map<String, String>> rows = new ArrayList<>();
        try {
            for (TopicName topic : topics.topics()) {
                Map<String, String> row = new HashMap<>(topic.name() == null ? Map.of() : topic.name());
                row.put("slug", topic.slug());
                rows.add(row);
            }
            return json.writeValueAsString(rows);
        } catch (RuntimeException | IOException e) {
            LOG.warnf("Exporting without topic names, the catalogue could not be read: %s", e.toString());
            return "[]";
        }
    }

    private JsonGenerator generator(OutputStream out) throws IOException {
        // the response stream is closed by the server, not by the generator
        return json.getFactory().createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    private void stream(Place place, String eventSlug, String file, Body body) throws IOException {
        try (Snapshot snapshot = Snapshot.open(dataSource, config.fetchSize())) {
            body.write(snapshot);
        } catch (SQLException e) {
            // the status line has usually been sent already: all that is left is to cut the download short
            LOG.errorf(e, "Export of %s for %s failed while streaming", file, eventSlug);
            throw new IOException("The export of " + file + " could not be completed", e);
        } finally {
            place.giveBack();
        }
    }

    /** A place among the downloads running at once; given back exactly once, however the download ends. */
    private static final class Place {

        private final Semaphore streams;
        private final AtomicBoolean held = new AtomicBoolean(true);

        private Place(Semaphore streams) {
            this.streams = streams;
        }

        static Place take(Semaphore streams) {
            if (!streams.tryAcquire()) {
                throw new ProblemException(Problem.of("downloads-busy", "Too many downloads", 503,
                        "This server is already streaming as many downloads as it runs at once. Try again in a minute."),
                        Map.of("Retry-After", "60"));
            }
            return new Place(streams);
        }

        void giveBack() {
            if (held.compareAndSet(true, false)) {
                streams.release();
            }
        }
    }
}
