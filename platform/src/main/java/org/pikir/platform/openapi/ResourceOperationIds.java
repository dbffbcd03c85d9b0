package org.pikir.platform.openapi;

import io.smallrye.openapi.api.OperationIdGenerator;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.MethodInfo;

import java.util.Locale;

/**
 * Names each operation after its resource and method, {@code eventPublish} for {@code EventResource.publish}, so
 * that two resources' {@code add} stay apart; stable while the Java names stay. An operation may still name itself
 * with {@code @Operation(operationId = ...)}; the OpenAPI lint checks that every name is unique.
 * Chosen by {@code quarkus.smallrye-openapi.operation-id-strategy}.
 */
public class ResourceOperationIds implements OperationIdGenerator {

    private static final String[] SUFFIXES = {"Resource", "Api", "Pages"};

    @Override
    public String generateOperationId(ClassInfo resource, MethodInfo method) {
        String noun = resource.simpleName();
        for (String suffix : SUFFIXES) {
            if (noun.endsWith(suffix) && noun.length() > suffix.length()) {
                noun = noun.substring(0, noun.length() - suffix.length());
                break;
            }
        }
        String name = method.name();
        return noun.substring(0, 1).toLowerCase(Locale.ROOT) + noun.substring(1)
                + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
