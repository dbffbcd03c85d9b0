package org.pikir.feedback;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every SQL statement Hibernate sends while a test records, so a test can pin how many statements a request costs.
 * Tests run one at a time, so what is recorded is the request's own work.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatements implements StatementInspector {

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording) {
            sent.add(sql);
        }
        return sql;
    }

    /**
     * The statements sent while {@code action} ran, without the sequence fetch that one insert in fifty makes for
     * the next fifty ids.
     */
    public List<String> during(Runnable action) {
        sent.clear();
        recording = true;
        try {
            action.run();
        } finally {
            recording = false;
        }
        return sent.stream().filter(sql -> !sql.contains("nextval(")).toList();
    }
}
