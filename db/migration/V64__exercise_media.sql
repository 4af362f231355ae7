-- A clinic's own pictures and short videos of an exercise. Pictures are kept in two widths (the
-- upload resized to at most 1280 px, and 480 px for lists); videos as uploaded. The bytes live in
-- the database, so a database backup carries them.
CREATE TABLE exercise_media (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    exercise_id      BIGINT       NOT NULL,
    kind             VARCHAR(8)   NOT NULL,
    content_type     VARCHAR(20)  NOT NULL,
    byte_size        BIGINT       NOT NULL,
    sha256           CHAR(64)     NOT NULL,
    width            INT          NULL,
    height           INT          NULL,
    content          LONGBLOB     NOT NULL,
    small_content    MEDIUMBLOB   NULL,
    changed_at       TIMESTAMP(6) NOT NULL,
    CONSTRAINT fk_exercise_media_exercise FOREIGN KEY (exercise_id) REFERENCES exercise (id),
    CONSTRAINT ck_exercise_media_kind CHECK (kind IN ('IMAGE', 'VIDEO')),
    CONSTRAINT ck_exercise_media_type CHECK (
        (kind = 'IMAGE' AND content_type IN ('image/jpeg', 'image/png')
            AND small_content IS NOT NULL AND width BETWEEN 1 AND 1280 AND height > 0)
        OR (kind = 'VIDEO' AND content_type IN ('video/mp4', 'video/webm')
            AND small_content IS NULL AND width IS NULL AND height IS NULL)),
    CONSTRAINT ck_exercise_media_size CHECK (byte_size > 0),
    INDEX ix_exercise_media_exercise (exercise_id, id)
);
