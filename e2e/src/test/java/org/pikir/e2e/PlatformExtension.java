package org.pikir.e2e;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the {@link Platform} once for the whole test run (kept in the root store, which closes it
 * when the run ends) and hands it to test classes as a parameter.
 */
public final class PlatformExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PlatformExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        // a failed expectation then shows the problem+json or page the platform answered with
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        platform(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Platform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return platform(context);
    }

    private static Platform platform(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Startup.class, key -> Startup.attempt(), Startup.class)
                .platform();
    }

    /** The outcome of the one start attempt, so a failed start fails every class at once instead of retrying. */
    private record Startup(Platform started, RuntimeException failure) implements AutoCloseable {

        static Startup attempt() {
            try {
                return new Startup(Platform.start(), null);
            } catch (RuntimeException e) {
                return new Startup(null, e);
            }
        }

        Platform platform() {
            if (failure != null) {
                throw new IllegalStateException("The platform did not start: " + failure.getMessage(), failure);
            }
            return started;
        }

        @Override
        public void close() {
            if (started != null) {
                started.close();
            }
        }
    }
}
