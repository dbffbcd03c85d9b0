package db.migration;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migration that makes public names unique by their look, run on profiles made under the old rules (in a schema
 * of the test's own, with the tables as V6 left them).
 */
@QuarkusTest
class V16DisplayNameSkeletonTest {

    @Inject
    DataSource dataSource;

    @Test
    void existingLookAlikesAndStaffLookAlikesAreRenamedAndTheOldestKeepsItsName() throws SQLException {
        String schema = "v16_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        // all in one transaction, rolled back: the schema and the pooled connection's search path go with it
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            sql.execute("create schema " + schema);
            sql.execute("set local search_path to " + schema);
            sql.execute("""
                    create table profile (subject varchar(64) primary key, display_name varchar(40) not null,
                        display_name_key varchar(160) not null unique, language varchar(2) not null, email varchar(320),
                        email_notifications boolean not null default true, created_at timestamptz not null,
                        updated_at timestamptz not null, version integer not null default 0)""");
            sql.execute("create table comment (id serial primary key, author_subject varchar(64), author_name varchar(40))");
            sql.execute("create table recommendation (id serial primary key, author_subject varchar(64), author_name varchar(40))");
            // a Latin "admin Әлия" first, then the same with a Cyrillic "а", a moderator with a Cyrillic "о", a plain name
            profile(sql, "first", "admin Әлия", "2026-01-01");
            profile(sql, "copy", "аdmin Әлия", "2026-01-02");
            profile(sql, "staff", "Mоderator", "2026-01-03");
            profile(sql, "plain", "Ерлан", "2026-01-04");
            sql.execute("insert into comment (author_subject, author_name) values ('copy', 'аdmin Әлия')");
            sql.execute("insert into recommendation (author_subject, author_name) values ('staff', 'Mоderator')");

            new V16__display_name_skeleton().migrate(context(db));

            Map<String, String> names = new HashMap<>();
            try (ResultSet rows = sql.executeQuery("select subject, display_name, display_name_skeleton from profile")) {
                while (rows.next()) {
                    names.put(rows.getString(1), rows.getString(2));
                    assertNotEquals(null, rows.getString(3), rows.getString(1));
                }
            }
            assertEquals("admin Әлия", names.get("first"));
            assertEquals("Ерлан", names.get("plain"));
            assertTrue(names.get("copy").matches("citizen-[0-9a-f]{5}"), names.get("copy"));
            assertTrue(names.get("staff").matches("citizen-[0-9a-f]{5}"), names.get("staff"));
            assertEquals(names.get("copy"), one(sql, "select author_name from comment where author_subject = 'copy'"));
            assertEquals(names.get("staff"),
                    one(sql, "select author_name from recommendation where author_subject = 'staff'"));
            // from now on the database itself refuses a second name with the same look
            assertThrows(SQLException.class, () -> sql.execute("""
                    update profile set display_name_skeleton = (select display_name_skeleton from profile
                        where subject = 'first') where subject = 'plain'"""));
            db.rollback();
            db.setAutoCommit(true);
        }
    }

    private static void profile(Statement sql, String subject, String name, String day) throws SQLException {
        try (PreparedStatement insert = sql.getConnection().prepareStatement("""
                insert into profile (subject, display_name, display_name_key, language, created_at, updated_at)
                values (?, ?, lower(?), 'ru', cast(? as timestamptz), cast(? as timestamptz))""")) {
            insert.setString(1, subject);
            insert.setString(2, name);
            insert.setString(3, name);
            insert.setString(4, day);
            insert.setString(5, day);
            insert.executeUpdate();
        }
    }

    private static String one(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    private static Context context(Connection db) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return db;
            }
        };
    }
}
