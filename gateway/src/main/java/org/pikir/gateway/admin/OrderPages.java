package org.pikir.gateway.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.pikir.gateway.web.Form;
import org.pikir.gateway.web.Page;
import org.pikir.gateway.web.PageNotFoundException;
import org.pikir.gateway.web.ServiceAnswer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * "Move up" and "move down" on the forum's editing page: plain forms, so the order of participants, sessions,
 * statements and materials changes without scripts, from the keyboard. events-service takes the whole new order.
 */
@Path(ForumEditorPages.PATH)
@Produces(MediaType.TEXT_HTML)
public class OrderPages {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance refused(Page page, AdminNav nav, EditedForum forum, Form form, String section);
    }

    private final ForumEditing editing;

    public OrderPages(ForumEditing editing) {
        this.editing = editing;
    }

    @POST
    @Path("{slug}/{part}/{id}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Moves an item of a forum's list one place up (direction=up) or down (direction=down)")
    public RestResponse<TemplateInstance> move(@PathParam("slug") String slug, @PathParam("part") String part,
                                               @PathParam("id") String id, @RestForm String direction) {
        ForumPart list = ForumPart.of(part).orElseThrow(() -> new PageNotFoundException("No list " + part));
        EditedForum forum = editing.open(slug, ForumEditorPages.pathOf(slug));
        Long item = AdminForms.id(id);
        List<Long> order = new ArrayList<>(list.ids(forum.event()));
        int from = item == null ? -1 : order.indexOf(item);
        if (from < 0) {
            throw new PageNotFoundException("No " + part + " " + id + " in " + slug);
        }
        int to = "up".equals(direction) ? from - 1 : from + 1;
        if (to < 0 || to >= order.size()) {
            // already first or last: nothing to change
            return editing.backToItem(forum, "moved", list, from, item);
        }
        Collections.swap(order, from, to);
        ServiceAnswer<Void> answer = editing.client().reorder(forum.user(), slug, list, new PartOrder(order));
        Form form = Form.empty();
        if (editing.refused(answer, forum, form, FieldErrorMapping.startingAt("order"))) {
            return editing.show(ForumEditing.statusOf(answer), Templates.refused(editing.page(forum.href()),
                    editing.nav(forum), forum, form, list.path()));
        }
        return editing.backToItem(forum, "moved", list, to, item);
    }
}
