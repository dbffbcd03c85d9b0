package org.pikir.platform.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which HTTP methods the REST resources take at a path, for the {@code Allow} header of a 405. Quarkus REST answers a
 * wrong method with a 405 that has no {@code Allow}, and with a 404 when another resource class shares the path's
 * beginning (it tries each class in turn and none has the path with that method), so the answer is worked out here
 * from the resources' own {@code @Path} and method annotations.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");

    private record Route(Pattern path, String method) {
    }

    private volatile List<Route> routes = List.of();

    void index(@Observes StartupEvent started, BeanManager beans) {
        List<Route> found = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null || type.isInterface()) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = httpMethod(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    found.add(new Route(template(root.value() + "/" + (sub == null ? "" : sub.value())), verb));
                }
            }
        }
        routes = List.copyOf(found);
    }

    /** The methods some resource takes at {@code path} (with HEAD and OPTIONS, which Quarkus REST adds); empty when none. */
    public Set<String> at(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (route.path().matcher(path).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        if (!methods.isEmpty()) {
            methods.add(HttpMethod.OPTIONS);
        }
        return methods;
    }

    /** The methods to name in a 405 for {@code method} at {@code path}: empty when no resource has the path, or it takes the method. */
    public Set<String> refusing(String method, String path) {
        Set<String> allowed = at(path);
        return allowed.contains(method) ? Set.of() : allowed;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static Pattern template(String path) {
        String normalised = ("/" + path).replaceAll("/+", "/");
        if (normalised.length() > 1 && normalised.endsWith("/")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(normalised);
        int literal = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(normalised.substring(literal, parameter.start())));
            regex.append(parameter.group(1) == null ? "[^/]+" : "(?:" + parameter.group(1).strip() + ")");
            literal = parameter.end();
        }
        regex.append(Pattern.quote(normalised.substring(literal)));
        // Quarkus REST matches a path with or without its trailing slash
        return Pattern.compile(regex + "/?");
    }
}
