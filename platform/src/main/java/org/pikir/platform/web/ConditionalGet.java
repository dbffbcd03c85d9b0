package org.pikir.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Public reads with validators: the body is serialised once, its SHA-256 is the strong ETag, and
 * a matching {@code If-None-Match} gets 304 without the body.
 */
@ApplicationScoped
public class ConditionalGet {

    private final ObjectMapper json;

    public ConditionalGet(ObjectMapper json) {
        this.json = json;
    }

    public Response ok(Request request, Object body, int maxAgeSeconds) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response could not be written", e);
        }
        EntityTag tag = new EntityTag(sha256(bytes));
        String cache = publicCache(maxAgeSeconds);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.header(HttpHeaders.CACHE_CONTROL, cache).tag(tag).build();
        }
        return Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .tag(tag).header(HttpHeaders.CACHE_CONTROL, cache).build();
    }

    /** Shared caches may keep public data this long; revalidation with the ETag is cheap after. */
    public static String publicCache(int maxAgeSeconds) {
        return "public, max-age=" + maxAgeSeconds;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
