package org.pikir.gateway.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import org.pikir.platform.problem.Problem;
import org.pikir.platform.web.RequestIds;

import java.util.concurrent.TimeoutException;

/**
 * A forwarded request that got no answer is answered by the gateway as an RFC 9457 problem: 503 with Retry-After when
 * nothing listens or the service's circuit is open, 504 when it stayed silent, 502 when it broke off the exchange.
 */
@ApplicationScoped
public class ForwardingProblems {

    private static final Logger LOG = Logger.getLogger(ForwardingProblems.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    private final ObjectMapper json;

    public ForwardingProblems(ObjectMapper json) {
        this.json = json;
    }

    ProxyInterceptor forService(String serviceName) {
        return new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext proxy) {
                return proxy.sendRequest().recover(failure -> Future.succeededFuture(answer(proxy, serviceName, failure)));
            }
        };
    }

    private ProxyResponse answer(ProxyContext proxy, String serviceName, Throwable failure) {
        HttpServerRequest in = proxy.request().proxiedRequest();
        Problem problem;
        boolean retryLater = false;
        if (failure instanceof CircuitBreakerOpenException) {
            retryLater = true;
            problem = Problem.of("service-unavailable", "Service unavailable", 503,
                    serviceName + " is failing; the gateway stopped calling it for a moment. Try again shortly.");
        } else if (ServiceOrigin.refused(failure)) {
            retryLater = true;
            problem = Problem.of("service-unavailable", "Service unavailable", 503,
                    serviceName + " is not running at the moment. Try again shortly.");
        } else if (failure instanceof TimeoutException || failure instanceof ConnectTimeoutException) {
            problem = Problem.of("gateway-timeout", "Gateway timeout", 504, serviceName + " did not answer in time.");
        } else {
            problem = Problem.of("bad-gateway", "Bad gateway", 502, serviceName + " broke off the exchange.");
        }
        if (failure instanceof ForwardingGuard.CallerGone) {
            // nobody is left to read the answer, and the service did nothing wrong
            LOG.debugf("%s %s: the caller hung up", in.method(), in.path());
        } else {
            LOG.warnf("%s failed for %s %s: %s", serviceName, in.method(), in.path(), failure.toString());
        }
        ProxyResponse response = proxy.request().release().response()
                .setStatusCode(problem.status())
                .setStatusMessage(problem.title())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(Buffer.buffer(body(problem.at(in.path(), in.getHeader(RequestIds.HEADER))))));
        if (retryLater) {
            response.putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response;
    }

    private String body(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem detail could not be written", e);
        }
    }
}
