package org.upright.media;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.upright.base.NotFoundException;

/**
 * Receives one upload into memory, reading at most the largest size any media may have, then hands it
 * to the service on the upload's own request (which carries the user's sign-in) and the outcome to
 * the page.
 */
final class MediaUpload implements UploadHandler {

    /** What a page does with an uploaded file; throws {@link MediaRefused} when it is not taken. */
    interface Save {
        void save(String fileName, byte[] bytes);
    }

    /** Which message key (and its arguments) to show after an upload; null key means it was saved. */
    record Outcome(@Nullable String refusedKey, Object[] args) {}

    private final long maxBytes;
    private final Save save;
    private final Consumer<Outcome> done;

    MediaUpload(long maxBytes, Save save, Consumer<Outcome> done) {
        this.maxBytes = maxBytes;
        this.save = save;
        this.done = done;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        Outcome outcome;
        try (InputStream in = event.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            save.save(event.getFileName(), bytes);
            outcome = new Outcome(null, new Object[0]);
        } catch (MediaRefused refused) {
            outcome = new Outcome(refused.key(), refused.args());
        } catch (NotFoundException | AccessDeniedException gone) {
            outcome = new Outcome("media.refused.not-found", new Object[0]);
        }
        Outcome result = outcome;
        UI ui = event.getUI();
        ui.access(() -> done.accept(result));
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }
}
