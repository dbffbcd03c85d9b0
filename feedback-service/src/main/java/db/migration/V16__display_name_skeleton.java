package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.pikir.feedback.account.DisplayNames;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Public names become unique by what they look like (the TR39 skeleton, computed by ICU4J in Java, hence a Java
 * migration; Flyway finds it by this package). Existing names get their skeleton; of names that look alike the
 * oldest keeps it, and a later look-alike, or a look-alike of a reserved name ("Mоderator" with a Cyrillic о), is
 * given a generated name instead, on the person's items too.
 */
public class V16__display_name_skeleton extends BaseJavaMigration {

    private record Named(String subject, String name) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (Statement ddl = db.createStatement()) {
            ddl.execute("alter table profile add column display_name_skeleton text");
        }
        List<Named> profiles = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        try (Statement read = db.createStatement();
             ResultSet rows = read.executeQuery(
                     "select subject, display_name, display_name_key from profile order by created_at, subject")) {
            while (rows.next()) {
                profiles.add(new Named(rows.getString(1), rows.getString(2)));
                keys.add(rows.getString(3));
            }
        }
        Set<String> skeletons = new HashSet<>();
        try (PreparedStatement keep = db.prepareStatement(
                "update profile set display_name_skeleton = ? where subject = ?");
             PreparedStatement rename = db.prepareStatement("""
                     update profile set display_name = ?, display_name_key = ?, display_name_skeleton = ?,
                                        version = version + 1 where subject = ?""");
             PreparedStatement comments = db.prepareStatement("update comment set author_name = ? where author_subject = ?");
             PreparedStatement recommendations = db.prepareStatement(
                     "update recommendation set author_name = ? where author_subject = ?")) {
            for (Named profile : profiles) {
                String skeleton = DisplayNames.skeleton(profile.name());
                if (!DisplayNames.isReserved(profile.name()) && skeletons.add(skeleton)) {
                    keep.setString(1, skeleton);
                    keep.setString(2, profile.subject());
                    keep.executeUpdate();
                    continue;
                }
                String name = freeName(keys, skeletons);
                rename.setString(1, name);
                rename.setString(2, DisplayNames.key(name));
                rename.setString(3, DisplayNames.skeleton(name));
                rename.setString(4, profile.subject());
                rename.executeUpdate();
                for (PreparedStatement items : List.of(comments, recommendations)) {
                    items.setString(1, name);
                    items.setString(2, profile.subject());
                    items.executeUpdate();
                }
            }
        }
        try (Statement ddl = db.createStatement()) {
            ddl.execute("alter table profile alter column display_name_skeleton set not null");
            ddl.execute("alter table profile add constraint profile_display_name_skeleton_unique unique (display_name_skeleton)");
        }
    }

    private static String freeName(Set<String> keys, Set<String> skeletons) {
        while (true) {
            String name = DisplayNames.generated();
            if (!keys.contains(DisplayNames.key(name)) && !skeletons.contains(DisplayNames.skeleton(name))) {
                keys.add(DisplayNames.key(name));
                skeletons.add(DisplayNames.skeleton(name));
                return name;
            }
        }
    }
}
