package org.pikir.events.statement;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Editors' translations of a statement, one per language other than the original's. They are read with the
 * statement ({@code translations}); its address, the one feedback cites, stays the same.
 */
@Path("/api/events/{slug}/statements/{id}/translations/{language}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements")
public class StatementTranslationResource {

    private final StatementService statements;
    private final SecurityIdentity caller;

    public StatementTranslationResource(StatementService statements, SecurityIdentity caller) {
        this.statements = statements;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Add or replace the statement's translation into kk, ru or en; shown marked as a translation")
    public RestResponse<StatementResponse> translate(@PathParam("slug") String slug, @PathParam("id") long id,
                                                     @PathParam("language") String language,
                                                     @NotNull @Valid TranslationRequest request) {
        return RestResponse.ok(statements.translate(slug, id, language, request.text(), caller.getPrincipal().getName()));
    }

    @DELETE
    @RolesAllowed({"editor", "admin"})
    @Operation(summary = "Remove the statement's translation into this language")
    public RestResponse<Void> remove(@PathParam("slug") String slug, @PathParam("id") long id,
                                     @PathParam("language") String language) {
        statements.removeTranslation(slug, id, language, caller.getPrincipal().getName());
        return RestResponse.noContent();
    }
}
