package org.pikir.gateway.proxy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.UriBuilder;

import java.net.ConnectException;
import java.net.URI;
import java.util.function.Supplier;

/**
 * Sends the pages' REST client calls to the services' replicas in turn, as the API forwarding does;
 * a replica whose circuit the forwarding opened is skipped. The clients' configured URL only names the service.
 */
@ApplicationScoped
public class ReplicaRouting implements ClientRequestFilter {

    // the replica the calling thread was last sent to, so that a repeated call avoids it
    private static final ThreadLocal<URI> LAST = new ThreadLocal<>();
    private static final ThreadLocal<URI> AVOID = new ThreadLocal<>();

    private final Backends backends;

    public ReplicaRouting(Backends backends) {
        this.backends = backends;
    }

    @Override
    public void filter(ClientRequestContext request) {
        URI uri = request.getUri();
        URI replica = backends.route(uri.getPath(), AVOID.get());
        if (replica != null) {
            LAST.set(replica);
            request.setUri(UriBuilder.fromUri(uri)
                    .scheme(replica.getScheme())
                    .host(replica.getHost())
                    .port(replica.getPort())
                    .build());
        }
    }

    /**
     * Runs a REST client call and, when it could not connect to the replica it was sent to, once more on
     * another replica: nothing reached the first, so repeating is harmless for any call.
     */
    public static <T> T onAnotherReplicaIfUnreachable(Supplier<T> call) {
        LAST.remove();
        try {
            return call.get();
        } catch (ProcessingException e) {
            if (!unreachable(e)) {
                throw e;
            }
            AVOID.set(LAST.get());
            try {
                return call.get();
            } finally {
                AVOID.remove();
            }
        } finally {
            LAST.remove();
        }
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
