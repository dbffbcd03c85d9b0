package org.pikir.platform.testing.security;

import java.util.Map;

/**
 * One operation of a service's published API, as its OpenAPI document lists it: {@code POST /api/events/{slug}/publish},
 * with the media type of its request body ({@code null} when it takes none).
 */
public record ApiOperation(String method, String pathTemplate, String consumes) {

    public boolean writes() {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    /** The path with every {@code {name}} replaced by the value given for it, or {@code 1} when none is. */
    public String path(Map<String, String> values) {
        StringBuilder path = new StringBuilder();
        int from = 0;
        while (true) {
            int open = pathTemplate.indexOf('{', from);
            if (open < 0) {
                return path.append(pathTemplate.substring(from)).toString();
            }
            int close = pathTemplate.indexOf('}', open);
            String name = pathTemplate.substring(open + 1, close);
            path.append(pathTemplate, from, open).append(values.getOrDefault(name, "1"));
            from = close + 1;
        }
    }

    @Override
    public String toString() {
        return method + " " + pathTemplate;
    }
}
