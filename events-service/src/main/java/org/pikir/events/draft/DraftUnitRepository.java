package org.pikir.events.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The units of versions, written and read a whole language text at a time in plain JDBC on Hibernate's connection:
 * a text of 1,500 units is one multi-row insert (from arrays) and one range read of the primary key, never a
 * statement per unit.
 */
@ApplicationScoped
public class DraftUnitRepository {

    /** A unit with the other languages that have its key. */
    public record Linked(DraftUnit unit, List<String> translations) {
    }

    private static final String COLUMNS = "key, article_key, kind, number, heading, text, depth, revised_in";

    private final EntityManager db;

    public DraftUnitRepository(EntityManager db) {
        this.db = db;
    }

    /** Replaces one language's text of a version with these units, in this order. */
    public void replace(long versionId, String language, List<DraftUnit> units) {
        db.flush();
        session().doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from draft_unit where version_id = ? and language = ?")) {
                delete.setLong(1, versionId);
                delete.setString(2, language);
                delete.executeUpdate();
            }
            insert(connection, versionId, language, units);
        });
    }

    /** One language's text in document order. */
    public List<DraftUnit> units(long versionId, String language) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement read = connection.prepareStatement("select " + COLUMNS
                    + " from draft_unit where version_id = ? and language = ? order by position")) {
                read.setLong(1, versionId);
                read.setString(2, language);
                List<DraftUnit> units = new ArrayList<>();
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        units.add(unit(rows));
                    }
                }
                return units;
            }
        });
    }

    /** One language's text with, for each unit, the other languages that have its key: one indexed query. */
    public List<Linked> linkedUnits(long versionId, String language) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement read = connection.prepareStatement("select " + COLUMNS
                    + ", array(select o.language from draft_unit o where o.version_id = u.version_id and o.key = u.key"
                    + " and o.language <> u.language order by o.language) as translations"
                    + " from draft_unit u where u.version_id = ? and u.language = ? order by u.position")) {
                read.setLong(1, versionId);
                read.setString(2, language);
                List<Linked> units = new ArrayList<>();
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        Array translations = rows.getArray("translations");
                        units.add(new Linked(unit(rows), List.of((String[]) translations.getArray())));
                    }
                }
                return units;
            }
        });
    }

    /** The unit with this key in every language that has it, by language. */
    public Map<String, DraftUnit> unitInEveryLanguage(long versionId, String key) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement read = connection.prepareStatement("select language, " + COLUMNS
                    + " from draft_unit where version_id = ? and key = ? order by language")) {
                read.setLong(1, versionId);
                read.setString(2, key);
                Map<String, DraftUnit> units = new LinkedHashMap<>();
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        units.put(rows.getString("language"), unit(rows));
                    }
                }
                return units;
            }
        });
    }

    /** The keys of each language's text of a version. */
    public Map<String, Set<String>> keysByLanguage(long versionId) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement read = connection.prepareStatement(
                    "select language, key from draft_unit where version_id = ?")) {
                read.setLong(1, versionId);
                Map<String, Set<String>> keys = new HashMap<>();
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        keys.computeIfAbsent(rows.getString(1), l -> new TreeSet<>()).add(rows.getString(2));
                    }
                }
                return keys;
            }
        });
    }

    /** Copies every language's units of one version into another, keys and all, in one statement. */
    public void copy(long fromVersionId, long toVersionId) {
        db.flush();
        session().doWork(connection -> {
            try (PreparedStatement copy = connection.prepareStatement("insert into draft_unit (version_id, language,"
                    + " position, " + COLUMNS + ") select ?, language, position, " + COLUMNS
                    + " from draft_unit where version_id = ?")) {
                copy.setLong(1, toVersionId);
                copy.setLong(2, fromVersionId);
                copy.executeUpdate();
            }
        });
    }

    private static void insert(Connection connection, long versionId, String language, List<DraftUnit> units)
            throws SQLException {
        if (units.isEmpty()) {
            return;
        }
        int size = units.size();
        Integer[] positions = new Integer[size];
        String[] keys = new String[size];
        String[] articleKeys = new String[size];
        String[] kinds = new String[size];
        String[] numbers = new String[size];
        String[] headings = new String[size];
        String[] texts = new String[size];
        Integer[] depths = new Integer[size];
        Integer[] revisedIn = new Integer[size];
        for (int i = 0; i < size; i++) {
            DraftUnit unit = units.get(i);
            positions[i] = i;
            keys[i] = unit.key();
            articleKeys[i] = unit.articleKey();
            kinds[i] = unit.kind().name();
            numbers[i] = unit.number();
            headings[i] = unit.heading();
            texts[i] = unit.text() == null ? "" : unit.text();
            depths[i] = unit.depth();
            revisedIn[i] = unit.revisedIn();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into draft_unit (version_id, language,"
                + " position, " + COLUMNS + ") select ?, ?, u.* from unnest(?::integer[], ?::text[], ?::text[],"
                + " ?::text[], ?::text[], ?::text[], ?::text[], ?::integer[], ?::integer[])"
                + " as u(position, key, article_key, kind, number, heading, text, depth, revised_in)")) {
            insert.setLong(1, versionId);
            insert.setString(2, language);
            insert.setArray(3, connection.createArrayOf("integer", positions));
            insert.setArray(4, connection.createArrayOf("text", keys));
            insert.setArray(5, connection.createArrayOf("text", articleKeys));
            insert.setArray(6, connection.createArrayOf("text", kinds));
            insert.setArray(7, connection.createArrayOf("text", numbers));
            insert.setArray(8, connection.createArrayOf("text", headings));
            insert.setArray(9, connection.createArrayOf("text", texts));
            insert.setArray(10, connection.createArrayOf("integer", depths));
            insert.setArray(11, connection.createArrayOf("integer", revisedIn));
            insert.executeUpdate();
        }
    }

    private static DraftUnit unit(ResultSet row) throws SQLException {
        int revised = row.getInt("revised_in");
        Integer revisedIn = row.wasNull() ? null : revised;
        return new DraftUnit(row.getString("key"), row.getString("article_key"), UnitKind.valueOf(row.getString("kind")),
                row.getString("number"), row.getString("heading"), row.getString("text"), row.getInt("depth"),
                revisedIn);
    }

    private Session session() {
        return db.unwrap(Session.class);
    }
}
