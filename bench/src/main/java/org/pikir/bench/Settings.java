package org.pikir.bench;

import java.time.Duration;

/** Benchmark settings from system properties ({@code -Dbench.rate=20}), each with a default. */
public final class Settings {

    private Settings() {
    }

    public static String text(String name, String fallback) {
        String value = System.getProperty("bench." + name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    public static int number(String name, int fallback) {
        return Integer.parseInt(text(name, Integer.toString(fallback)));
    }

    public static double decimal(String name, double fallback) {
        return Double.parseDouble(text(name, Double.toString(fallback)));
    }

    /** Seconds, as a plain number ({@code 300}). */
    public static Duration seconds(String name, long fallback) {
        return Duration.ofSeconds(Long.parseLong(text(name, Long.toString(fallback))));
    }

    public static String gateway() {
        return text("gateway", "http://127.0.0.1:8080");
    }

    public static String keycloak() {
        return text("keycloak", "http://127.0.0.1:8280");
    }
}
