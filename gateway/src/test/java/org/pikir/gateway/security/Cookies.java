package org.pikir.gateway.security;

import io.restassured.response.Response;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The Set-Cookie headers of an answer, read attribute by attribute as a browser would. */
final class Cookies {

    private Cookies() {
    }

    /** One Set-Cookie: its name, value and attributes as sent; attribute names compare without case. */
    record SetCookie(String name, String value, List<String> attributes) {

        boolean has(String attribute) {
            return attributes.stream().anyMatch(a -> a.split("=", 2)[0].trim().equalsIgnoreCase(attribute));
        }

        Optional<String> attribute(String attribute) {
            return attributes.stream().filter(a -> a.split("=", 2)[0].trim().equalsIgnoreCase(attribute))
                    .map(a -> a.contains("=") ? a.split("=", 2)[1].trim() : "").findFirst();
        }
    }

    static List<SetCookie> of(Response response) {
        return response.headers().getValues("Set-Cookie").stream().map(Cookies::parse).toList();
    }

    static SetCookie named(Response response, String name) {
        return of(response).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no Set-Cookie " + name + " in " + response.headers().getValues("Set-Cookie")));
    }

    static SetCookie startingWith(Response response, String prefix) {
        return of(response).stream().filter(c -> c.name().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no Set-Cookie " + prefix + "… in " + response.headers().getValues("Set-Cookie")));
    }

    private static SetCookie parse(String header) {
        List<String> parts = Arrays.stream(header.split(";")).map(String::trim).toList();
        String[] pair = parts.get(0).split("=", 2);
        return new SetCookie(pair[0].trim(), pair.length > 1 ? pair[1] : "", parts.subList(1, parts.size()));
    }
}
