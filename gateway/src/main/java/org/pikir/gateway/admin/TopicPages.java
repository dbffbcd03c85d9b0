package org.pikir.gateway.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.gateway.forum.LocalizedText;
import org.pikir.gateway.forum.TopicCatalogue;
import org.pikir.gateway.forum.TopicNames;
import org.pikir.gateway.forum.TopicResponse;
import org.pikir.gateway.web.ContentMessages;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.Pages;
import org.pikir.gateway.web.ServiceAnswer;
import org.pikir.gateway.web.SignedInUser;
import org.pikir.gateway.web.UiLanguage;
import org.pikir.gateway.web.Visitor;
import org.pikir.platform.problem.Problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The topic catalogue for editors and administrators: every topic with its names in kk, ru and en, a form to add one
 * and a form per topic to rename it. events-service is the judge of every field; its refusals land on the fields.
 */
@Path(TopicPages.PATH)
@Produces(MediaType.TEXT_HTML)
public class TopicPages {

    static final String PATH = "/admin/topics";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_SLUG = 60;
    private static final int MAX_NAME = 80;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance topics(Page page, AdminNav nav, List<TopicRow> topics, Form form, String done);
    }

    /** A topic with its names, and the field ids of its rename form. */
    public record TopicRow(String slug, String name, Map<String, String> names) {

        public String anchor() {
            return "topic-" + slug;
        }

        /** The field's id in this topic's rename form. */
        public String fieldId(String lang) {
            return "topic-" + slug + "-" + lang;
        }

        /** What the rename form shows: what was typed when it came back refused, otherwise the current name. */
        public String value(Form form, String lang) {
            return form.is("renaming", slug) ? form.value(slug + "." + lang) : names.getOrDefault(lang, "");
        }

        public String error(Form form, String lang) {
            return form.error(fieldId(lang));
        }
    }

    private final StaffAccess access;
    private final ContentEditingClient editing;
    private final TopicNames topics;
    private final TopicCatalogue catalogue;
    private final Visitor visitor;
    private final Pages pages;

    public TopicPages(StaffAccess access, ContentEditingClient editing, TopicNames topics, TopicCatalogue catalogue,
                      Visitor visitor, Pages pages) {
        this.access = access;
        this.editing = editing;
        this.topics = topics;
        this.catalogue = catalogue;
        this.visitor = visitor;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "The topic catalogue for editors: each topic's names, adding and renaming topics (HTML)")
    public TemplateInstance list(@QueryParam("done") String done) {
        SignedInUser user = access.require(StaffArea.FORUMS, PATH);
        ContentMessages cnt = messages();
        String text = "added".equals(done) ? cnt.topic_added() : "renamed".equals(done) ? cnt.topic_renamed() : null;
        return page(user, Form.empty(), text);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Adds a topic to events-service's catalogue")
    public RestResponse<TemplateInstance> add(@RestForm String slug, @RestForm("name.kk") String kk,
                                              @RestForm("name.ru") String ru, @RestForm("name.en") String en) {
        SignedInUser user = access.require(StaffArea.FORUMS, PATH);
        ContentMessages cnt = messages();
        Form form = names(Form.empty().with("slug", AdminForms.strip(slug)), "new", kk, ru, en);
        if (form.value("slug").length() > MAX_SLUG || !SLUG.matcher(form.value("slug")).matches()) {
            form.reject("topic-slug", cnt.error_topic_slug());
        }
        checkNames(form, "new", cnt);
        if (form.hasErrors()) {
            return again(user, form);
        }
        ServiceAnswer<Void> answer = editing.addTopic(user, new TopicDraft(form.value("slug"), names(form, "new")));
        if (answer instanceof ServiceAnswer.Refused<Void> refused) {
            AdminForms.throwIfSessionOrRole(refused, PATH, user);
            if (refused.is("duplicate-topic")) {
                form.reject("topic-slug", cnt.error_topic_slug_taken());
            } else {
                fieldErrors(refused, form, "new", cnt);
            }
            return again(user, form);
        }
        catalogue.forget();
        return RestResponse.seeOther(URI.create(PATH + "?done=added"));
    }

    @POST
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Renames a topic; its address stays, every forum on it shows the new names")
    public RestResponse<TemplateInstance> rename(@PathParam("slug") String slug, @RestForm("name.kk") String kk,
                                                 @RestForm("name.ru") String ru, @RestForm("name.en") String en) {
        SignedInUser user = access.require(StaffArea.FORUMS, PATH);
        ContentMessages cnt = messages();
        String key = SLUG.matcher(slug).matches() ? slug : "new";
        Form form = names(Form.empty().with("renaming", key), key, kk, ru, en);
        checkNames(form, key, cnt);
        if (form.hasErrors()) {
            return again(user, form);
        }
        ServiceAnswer<Void> answer = editing.renameTopic(user, slug, new TopicDraft(null, names(form, key)));
        if (answer instanceof ServiceAnswer.Refused<Void> refused) {
            AdminForms.throwIfSessionOrRole(refused, PATH, user);
            if (refused.status() == 404) {
                throw new org.pikir.gateway.web.PageNotFoundException("No topic " + slug);
            }
            fieldErrors(refused, form, key, cnt);
            return again(user, form);
        }
        catalogue.forget();
        return RestResponse.seeOther(URI.create(PATH + "?done=renamed#topic-" + slug));
    }

    private ContentMessages messages() {
        return MessageBundles.get(ContentMessages.class, Localized.Literal.of(visitor.language()));
    }

    private static Form names(Form form, String key, String kk, String ru, String en) {
        return form.with(key + ".kk", AdminForms.strip(kk)).with(key + ".ru", AdminForms.strip(ru))
                .with(key + ".en", AdminForms.strip(en));
    }

    private static Map<String, String> names(Form form, String key) {
        Map<String, String> names = new LinkedHashMap<>();
        UiLanguage.CODES.forEach(lang -> names.put(lang, form.value(key + "." + lang)));
        return names;
    }

    private static void checkNames(Form form, String key, ContentMessages cnt) {
        for (String lang : UiLanguage.CODES) {
            String name = form.value(key + "." + lang);
            if (name.isEmpty() || name.length() > MAX_NAME) {
                form.reject("topic-" + key + "-" + lang, cnt.error_topic_name(MAX_NAME));
            }
        }
    }

    /** events-service's field errors on the fields of the form they are about. */
    private static void fieldErrors(ServiceAnswer.Refused<?> refused, Form form, String key, ContentMessages cnt) {
        for (Problem.FieldError error : refused.errors()) {
            String field = error.field() == null ? "" : error.field();
            if (field.equals("slug")) {
                form.reject("topic-slug", cnt.error_topic_slug());
            } else if (field.startsWith("name.") && UiLanguage.isSupported(field.substring(5))) {
                form.reject("topic-" + key + "-" + field.substring(5), cnt.error_topic_name(MAX_NAME));
            }
        }
        if (!form.hasErrors()) {
            form.reject("new".equals(key) ? "topic-slug" : "topic-" + key + "-kk", cnt.error_topic_rejected());
        }
    }

    private TemplateInstance page(SignedInUser user, Form form, String done) {
        String lang = visitor.language();
        List<TopicRow> rows = topics.topics().stream().map(t -> row(t, lang)).toList();
        return pages.localized(Templates.topics(pages.page(PATH), AdminNav.of(user, StaffArea.FORUMS, lang), rows,
                form, done));
    }

    private static TopicRow row(TopicResponse topic, String lang) {
        Map<String, String> names = topic.name() == null ? Map.of() : topic.name();
        return new TopicRow(topic.slug(), LocalizedText.pick(names, lang).text(), names);
    }

    private RestResponse<TemplateInstance> again(SignedInUser user, Form form) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.BAD_REQUEST, page(user, form, null))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }
}
