package org.upright.export.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.upright.base.NotFoundException;
import org.upright.export.Export;

/** Download links that make the file (and its audit event) only when the user clicks. */
final class Downloads {

    private Downloads() {}

    static Anchor link(String text, VaadinIcon icon, Supplier<Export> export) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    try {
                        Export file = export.get();
                        return new DownloadResponse(
                                new ByteArrayInputStream(file.content()),
                                file.fileName(),
                                file.contentType(),
                                file.content().length);
                    } catch (NotFoundException | AccessDeniedException refused) {
                        return DownloadResponse.error(404, "Not found or not allowed.");
                    }
                }),
                "");
        anchor.add(new Icon(icon), new com.vaadin.flow.component.html.Span(text));
        anchor.addClassName("download-link");
        anchor.getStyle()
                .set("display", "inline-flex")
                .set("gap", "var(--lumo-space-s)")
                .set("align-items", "center");
        return anchor;
    }
}
