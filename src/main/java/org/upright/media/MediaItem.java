package org.upright.media;

import org.jspecify.annotations.Nullable;

/** One picture or video of an exercise, as the clinic added it (after resizing, for a picture). */
public record MediaItem(
        long id,
        long exerciseId,
        MediaKind kind,
        String contentType,
        long byteSize,
        @Nullable Integer width,
        @Nullable Integer height) {

    /** Where the browser fetches it, relative to the app's base; pictures also come in a small width. */
    public String url(boolean small) {
        return "media/" + id + (small && kind == MediaKind.IMAGE ? "?size=small" : "");
    }
}
