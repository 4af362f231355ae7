package org.upright.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The exercise_media table. Bytes are read in ranges, so a phone seeking in a video never loads all of it. */
@Repository
class MediaStore {

    private static final String COLUMNS = "id, exercise_id, kind, content_type, byte_size, width, height, sha256, "
            + "COALESCE(LENGTH(small_content), 0) AS small_size";

    /** A stored item with what serving it needs besides the bytes. */
    record Stored(MediaItem item, String sha256, long smallSize) {}

    private final JdbcTemplate jdbc;

    MediaStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Stored> ofExercise(long exerciseId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM exercise_media WHERE exercise_id = ? ORDER BY id",
                MediaStore::stored,
                exerciseId);
    }

    Optional<Stored> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM exercise_media WHERE id = ?", MediaStore::stored, id).stream()
                .findFirst();
    }

    long insert(
            long exerciseId,
            MediaKind kind,
            String contentType,
            byte[] content,
            String sha256,
            @Nullable Integer width,
            @Nullable Integer height,
            byte @Nullable [] small,
            Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(
                            "INSERT INTO exercise_media (exercise_id, kind, content_type, byte_size, sha256, width, "
                                    + "height, content, small_content, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    statement.setLong(1, exerciseId);
                    statement.setString(2, kind.name());
                    statement.setString(3, contentType);
                    statement.setLong(4, content.length);
                    statement.setString(5, sha256);
                    statement.setObject(6, width);
                    statement.setObject(7, height);
                    statement.setBytes(8, content);
                    statement.setBytes(9, small);
                    statement.setTimestamp(10, Timestamp.from(at));
                    return statement;
                },
                key);
        return key.getKeyAs(Number.class).longValue();
    }

    void replace(
            long id,
            MediaKind kind,
            String contentType,
            byte[] content,
            String sha256,
            @Nullable Integer width,
            @Nullable Integer height,
            byte @Nullable [] small,
            Instant at) {
        jdbc.update(
                "UPDATE exercise_media SET kind = ?, content_type = ?, byte_size = ?, sha256 = ?, width = ?, "
                        + "height = ?, content = ?, small_content = ?, changed_at = ? WHERE id = ?",
                kind.name(),
                contentType,
                content.length,
                sha256,
                width,
                height,
                content,
                small,
                Timestamp.from(at),
                id);
    }

    void delete(long id) {
        jdbc.update("DELETE FROM exercise_media WHERE id = ?", id);
    }

    /** Bytes from offset (0-based), at most length of them, of the full or the small variant. */
    byte[] read(long id, boolean small, long offset, int length) {
        String column = small ? "small_content" : "content";
        // SUBSTRING counts from 1 and works in bytes on a BLOB
        byte[] bytes = jdbc.queryForObject(
                "SELECT SUBSTRING(" + column + ", ?, ?) FROM exercise_media WHERE id = ?",
                byte[].class,
                offset + 1,
                length,
                id);
        return bytes == null ? new byte[0] : bytes;
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        MediaItem item = new MediaItem(
                rs.getLong("id"),
                rs.getLong("exercise_id"),
                MediaKind.valueOf(rs.getString("kind")),
                rs.getString("content_type"),
                rs.getLong("byte_size"),
                rs.getObject("width", Integer.class),
                rs.getObject("height", Integer.class));
        return new Stored(item, rs.getString("sha256"), rs.getLong("small_size"));
    }
}
