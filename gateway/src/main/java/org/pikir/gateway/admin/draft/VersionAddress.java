package org.pikir.gateway.admin.draft;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * What the address of a draft console page names: the forum, the draft and its version, the language of the text
 * shown and the page of the list (units or rows); checked by {@link DraftConsole#openVersion}.
 */
public record VersionAddress(@PathParam("slug") String slug, @PathParam("id") String id, @PathParam("n") String n,
                             @QueryParam("language") String language, @QueryParam("page") String page) {

    /** The page of the list asked for, from 1. */
    int pageNumber() {
        return Paging.number(page);
    }
}
