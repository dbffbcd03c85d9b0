package org.pikir.events;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.concurrent.atomic.AtomicLong;

/** Counts every SQL statement Hibernate prepares, native ones included, so tests can bound what a request costs. */
@PersistenceUnitExtension
@Default
@ApplicationScoped
public class SqlStatements implements StatementInspector {

    private final AtomicLong prepared = new AtomicLong();

    @Override
    public String inspect(String sql) {
        prepared.incrementAndGet();
        return sql;
    }

    /** The statements prepared while {@code work} ran; tests run one at a time, so they are its own. */
    public long during(Runnable work) {
        long before = prepared.get();
        work.run();
        return prepared.get() - before;
    }
}
