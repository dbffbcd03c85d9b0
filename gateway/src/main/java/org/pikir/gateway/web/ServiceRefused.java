package org.pikir.gateway.web;

import java.net.ConnectException;
import java.util.function.Predicate;

/**
 * A call that found nothing listening on the replica Stork chose: nothing reached the service, so trying the next
 * replica is harmless for any call (the clients' {@code @RetryWhen}).
 */
public final class ServiceRefused implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
