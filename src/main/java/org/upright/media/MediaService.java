package org.upright.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditLog;
import org.upright.base.NotFoundException;

/**
 * A clinic's pictures and videos of its exercises: therapists and admins add, replace and remove
 * them (audited); anyone who may see the exercise sees them. A file's type is told by its content,
 * and pictures are resized on the way in.
 */
@Service
public class MediaService {

    private final MediaStore store;
    private final ExerciseVisibility visibility;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxImageBytes;
    private final long maxVideoBytes;

    MediaService(
            MediaStore store,
            ExerciseVisibility visibility,
            AuditLog audit,
            Clock clock,
            @Value("${upright.media.max-image-bytes:5MB}") DataSize maxImage,
            @Value("${upright.media.max-video-bytes:50MB}") DataSize maxVideo) {
        this.store = store;
        this.visibility = visibility;
        this.audit = audit;
        this.clock = clock;
        this.maxImageBytes = maxImage.toBytes();
        this.maxVideoBytes = maxVideo.toBytes();
    }

    /** What an upload may weigh at most, of any kind: the upload stops reading beyond it. */
    public long maxUploadBytes() {
        return Math.max(maxImageBytes, maxVideoBytes);
    }

    /** What a picture may weigh at most. */
    public long maxImageBytes() {
        return maxImageBytes;
    }

    /** What a video may weigh at most. */
    public long maxVideoBytes() {
        return maxVideoBytes;
    }

    /** The exercise's pictures and videos, oldest first; "not found" when the user may not see the exercise. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MediaItem> ofExercise(long exerciseId) {
        requireVisible(exerciseId);
        return store.ofExercise(exerciseId).stream()
                .map(MediaStore.Stored::item)
                .toList();
    }

    /** Adds a picture (PNG, JPEG, WebP) or a video (MP4, WebM) to an exercise. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public MediaItem add(long exerciseId, String fileName, byte[] bytes) {
        requireVisible(exerciseId);
        Accepted accepted = accept(fileName, bytes);
        long id = store.insert(
                exerciseId,
                accepted.kind,
                accepted.contentType,
                accepted.content,
                accepted.sha256,
                accepted.width,
                accepted.height,
                accepted.small,
                clock.instant());
        audit.record(AuditAction.MEDIA_ADDED, null, "exercise_media", id, describe(exerciseId, accepted));
        return store.find(id).orElseThrow().item();
    }

    /** Puts a new file in an item's place (same place in the exercise's list). */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public MediaItem replace(long mediaId, String fileName, byte[] bytes) {
        MediaStore.Stored before = requireVisibleItem(mediaId);
        Accepted accepted = accept(fileName, bytes);
        store.replace(
                mediaId,
                accepted.kind,
                accepted.contentType,
                accepted.content,
                accepted.sha256,
                accepted.width,
                accepted.height,
                accepted.small,
                clock.instant());
        audit.record(
                AuditAction.MEDIA_REPLACED,
                null,
                "exercise_media",
                mediaId,
                "was " + before.item().contentType() + " " + before.item().byteSize() + " bytes; now "
                        + describe(before.item().exerciseId(), accepted));
        return store.find(mediaId).orElseThrow().item();
    }

    /** Removes a picture or video from its exercise. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public void remove(long mediaId) {
        MediaStore.Stored before = requireVisibleItem(mediaId);
        store.delete(mediaId);
        audit.record(
                AuditAction.MEDIA_REMOVED,
                null,
                "exercise_media",
                mediaId,
                "removed " + before.item().contentType() + " " + before.item().byteSize() + " bytes of exercise "
                        + before.item().exerciseId());
    }

    /** What serving an item needs (type, length, version tag), if the user may see its exercise. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<MediaFile> file(long mediaId, boolean small) {
        return store.find(mediaId)
                .filter(stored -> visibility.currentUserMaySee(stored.item().exerciseId()))
                .map(stored -> {
                    boolean useSmall = small && stored.item().kind() == MediaKind.IMAGE;
                    return new MediaFile(
                            mediaId,
                            useSmall,
                            stored.item().contentType(),
                            useSmall ? stored.smallSize() : stored.item().byteSize(),
                            "\"" + stored.sha256() + (useSmall ? "-small" : "") + "\"");
                });
    }

    /** One variant of a stored item as the web serves it; the tag changes whenever the bytes do. */
    public record MediaFile(long id, boolean small, String contentType, long length, String etag) {}

    private record Accepted(
            MediaKind kind,
            String contentType,
            byte[] content,
            String sha256,
            @Nullable Integer width,
            @Nullable Integer height,
            byte @Nullable [] small,
            long uploadedBytes) {}

    private Accepted accept(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new MediaRefused("media.refused.empty");
        }
        UploadedFile.Type type = UploadedFile.sniff(bytes);
        MediaKind claimed = UploadedFile.claimedKind(fileName);
        if (claimed != null && claimed != type.kind) {
            throw new MediaRefused(
                    type.kind == MediaKind.IMAGE
                            ? "media.refused.picture-named-as-video"
                            : "media.refused.video-named-as-picture");
        }
        long limit = type.kind == MediaKind.IMAGE ? maxImageBytes : maxVideoBytes;
        if (bytes.length > limit) {
            throw new MediaRefused(
                    type.kind == MediaKind.IMAGE ? "media.refused.image-too-big" : "media.refused.video-too-big",
                    megabytes(bytes.length),
                    megabytes(limit));
        }
        if (type.kind == MediaKind.VIDEO) {
            return new Accepted(type.kind, type.contentType, bytes, sha256(bytes), null, null, null, bytes.length);
        }
        UploadedFile.Picture picture = UploadedFile.picture(bytes);
        return new Accepted(
                MediaKind.IMAGE,
                picture.contentType(),
                picture.full(),
                sha256(picture.full()),
                picture.width(),
                picture.height(),
                picture.small(),
                bytes.length);
    }

    /** Too-big messages speak in megabytes, to one decimal. */
    static double megabytes(long bytes) {
        return Math.round(bytes / 104_857.6) / 10.0;
    }

    private static String describe(long exerciseId, Accepted accepted) {
        return accepted.contentType + " " + accepted.content.length + " bytes (uploaded " + accepted.uploadedBytes
                + ") for exercise " + exerciseId;
    }

    private void requireVisible(long exerciseId) {
        if (!visibility.currentUserMaySee(exerciseId)) {
            throw new NotFoundException();
        }
    }

    private MediaStore.Stored requireVisibleItem(long mediaId) {
        MediaStore.Stored stored = store.find(mediaId).orElseThrow(NotFoundException::new);
        requireVisible(stored.item().exerciseId());
        return stored;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
