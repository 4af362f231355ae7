package org.upright.media;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.upright.base.NotFoundException;

/**
 * Serves a clinic's pictures and videos to signed-in users who may see the exercise (Spring Security
 * signs everyone else in first). Private caching with a version tag, so a phone fetches a picture
 * once; byte ranges, so a phone's video player can start and seek without loading all of it.
 */
@RestController
class MediaController {

    /** The most a single answer carries; a player asks for the rest in further ranges. */
    static final int MAX_CHUNK = 4 * 1024 * 1024;

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    private static final CacheControl PRIVATE =
            CacheControl.maxAge(Duration.ofHours(1)).cachePrivate();

    private final MediaService media;
    private final MediaStore store;

    MediaController(MediaService media, MediaStore store) {
        this.media = media;
        this.store = store;
    }

    @GetMapping("/media/{id}")
    ResponseEntity<StreamingResponseBody> serve(
            @PathVariable String id,
            @RequestParam(name = "size", required = false) @Nullable String size,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch,
            @RequestHeader(name = HttpHeaders.RANGE, required = false) @Nullable String range) {
        Optional<MediaService.MediaFile> found;
        try {
            found = media.file(Long.parseLong(id), "small".equals(size));
        } catch (NumberFormatException | NotFoundException | AccessDeniedException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .cacheControl(CacheControl.noStore())
                    .build();
        }
        MediaService.MediaFile file = found.get();
        HttpHeaders headers = new HttpHeaders();
        headers.setCacheControl(PRIVATE);
        headers.setETag(file.etag());
        headers.set(HttpHeaders.ACCEPT_RANGES, "bytes");
        headers.set(HttpHeaders.VARY, "Cookie");
        if (ifNoneMatch != null && matches(ifNoneMatch, file.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .headers(headers)
                    .build();
        }
        headers.set(HttpHeaders.CONTENT_TYPE, file.contentType());
        headers.set(HttpHeaders.CONTENT_DISPOSITION, "inline");
        long length = file.length();
        Matcher m = range == null ? null : RANGE.matcher(range.trim());
        if (m == null || !m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            // no range, several ranges or another unit: the whole file, as HTTP allows, in pieces
            headers.setContentLength(length);
            return ResponseEntity.ok().headers(headers).body(out -> {
                for (long offset = 0; offset < length; offset += MAX_CHUNK) {
                    out.write(read(file, offset, (int) Math.min(MAX_CHUNK, length - offset)));
                }
            });
        }
        long start;
        long end;
        if (m.group(1).isEmpty()) {
            long suffix = Long.parseLong(m.group(2));
            start = Math.max(0, length - suffix);
            end = length - 1;
        } else {
            start = Long.parseLong(m.group(1));
            end = m.group(2).isEmpty() ? length - 1 : Math.min(Long.parseLong(m.group(2)), length - 1);
        }
        if (start >= length || end < start) {
            headers.set(HttpHeaders.CONTENT_RANGE, "bytes */" + length);
            return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                    .headers(headers)
                    .build();
        }
        return partial(file, headers, start, Math.min(end, start + MAX_CHUNK - 1));
    }

    private ResponseEntity<StreamingResponseBody> partial(
            MediaService.MediaFile file, HttpHeaders headers, long start, long end) {
        headers.set(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + file.length());
        byte[] body = read(file, start, (int) (end - start + 1));
        headers.setContentLength(body.length);
        return ResponseEntity.status(HttpStatus.PARTIAL_CONTENT)
                .headers(headers)
                .body(out -> out.write(body));
    }

    /** Access was checked for this request by {@link MediaService#file}; the bytes may be read later, while streaming. */
    private byte[] read(MediaService.MediaFile file, long offset, int length) {
        return store.read(file.id(), file.small(), offset, length);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
