package org.upright.media;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.VaadinService;
import java.util.List;

/**
 * For therapists and admins in the library: the clinic's pictures and videos of one exercise, to add,
 * replace or remove (after a confirmation). The service checks the role and the file; this only shows.
 */
public class ExerciseMediaEditor extends Div {

    private static final String[] ACCEPTED = {
        "image/png",
        "image/jpeg",
        "image/webp",
        "video/mp4",
        "video/webm",
        ".png",
        ".jpg",
        ".jpeg",
        ".webp",
        ".mp4",
        ".webm"
    };

    private final MediaService media;
    private final long exerciseId;
    private final String exerciseName;
    private final Div items = new Div();
    private final Span status = new Span();

    private ExerciseMediaEditor(long exerciseId, String exerciseName) {
        this.media = VaadinService.getCurrent().getInstantiator().getOrCreate(MediaService.class);
        this.exerciseId = exerciseId;
        this.exerciseName = exerciseName;
        addClassName("exercise-media-editor");
        status.addClassName("media-status");
        status.getElement().setAttribute("role", "status");
        items.addClassName("media-items");
        add(
                new H4(getTranslation("media.editor.heading")),
                new Paragraph(getTranslation(
                        "media.editor.hint",
                        MediaService.megabytes(media.maxImageBytes()),
                        MediaService.megabytes(media.maxVideoBytes()))),
                items,
                upload(
                        getTranslation("media.editor.add"),
                        (name, bytes) -> media.add(exerciseId, name, bytes),
                        "media.editor.added"),
                status);
        refresh();
    }

    /** The editor for one exercise of the library. */
    public static ExerciseMediaEditor forExercise(long exerciseId, String exerciseName) {
        return new ExerciseMediaEditor(exerciseId, exerciseName);
    }

    private void refresh() {
        items.removeAll();
        List<MediaItem> list = media.ofExercise(exerciseId);
        if (list.isEmpty()) {
            items.add(new Paragraph(getTranslation("media.editor.empty")));
        }
        for (MediaItem item : list) {
            items.add(row(item));
        }
    }

    private Component row(MediaItem item) {
        Div row = new Div();
        row.addClassName("media-item");
        if (item.kind() == MediaKind.IMAGE) {
            Image picture = new Image(item.url(true), getTranslation("media.visuals.picture", exerciseName));
            picture.addClassName("exercise-picture");
            ExerciseVisuals.fitted(picture.getElement());
            row.add(picture, new Span(getTranslation("media.editor.picture-item", item.width(), item.height())));
        } else {
            row.getElement()
                    .appendChild(ExerciseVisuals.video(item, getTranslation("media.visuals.video", exerciseName)));
            row.add(new Span(getTranslation("media.editor.video-item", MediaService.megabytes(item.byteSize()))));
        }
        Upload replace = upload(
                getTranslation("media.editor.replace"),
                (name, bytes) -> media.replace(item.id(), name, bytes),
                "media.editor.replaced");
        Button remove = new Button(getTranslation("media.editor.remove"), click -> confirmRemoval(item));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        row.add(replace, remove);
        return row;
    }

    private void confirmRemoval(MediaItem item) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(
                getTranslation("media.editor.remove.header", item.kind().ordinal()));
        confirm.setText(getTranslation("media.editor.remove.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("media.editor.remove.cancel"));
        confirm.setConfirmText(getTranslation("media.editor.remove.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            media.remove(item.id());
            status.setText(getTranslation("media.editor.removed"));
            refresh();
        });
        confirm.open();
    }

    /** The upload's own words (its button, drop hint, progress and the browser's refusals) in the user's language. */
    private UploadI18N uploadTexts() {
        String largest = getTranslation("media.editor.upload.too-big", MediaService.megabytes(media.maxUploadBytes()));
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(getTranslation("media.editor.add"))
                        .setMany(getTranslation("media.editor.add")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(getTranslation("media.editor.drop"))
                        .setMany(getTranslation("media.editor.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("media.editor.upload.one-at-a-time"))
                        .setFileIsTooBig(largest)
                        .setIncorrectFileType(getTranslation("media.refused.type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("media.editor.upload.connecting"))
                                .setStalled(getTranslation("media.editor.upload.stalled"))
                                .setProcessing(getTranslation("media.editor.upload.processing"))
                                .setHeld(getTranslation("media.editor.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("media.editor.upload.remaining"))
                                .setUnknown(getTranslation("media.editor.upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("media.editor.upload.server-unavailable"))
                                .setUnexpectedServerError(getTranslation("media.editor.upload.server-error"))
                                .setForbidden(getTranslation("media.editor.upload.forbidden"))
                                .setFileTooLarge(largest)))
                .setFile(new UploadI18N.File()
                        .setRetry(getTranslation("media.editor.upload.retry"))
                        .setStart(getTranslation("media.editor.upload.start"))
                        .setRemove(getTranslation("media.editor.remove")));
    }

    private Upload upload(String buttonText, MediaUpload.Save save, String savedKey) {
        Upload upload = new Upload(new MediaUpload(media.maxUploadBytes(), save, outcome -> {
            if (outcome.refusedKey() == null) {
                status.setText(getTranslation(savedKey));
                refresh();
            } else {
                status.setText(getTranslation(outcome.refusedKey(), outcome.args()));
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, media.maxUploadBytes()));
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setUploadButton(new Button(buttonText));
        upload.setDropLabel(new Span(getTranslation("media.editor.drop")));
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(rejected -> status.setText(rejected.getErrorMessage()));
        upload.addSucceededListener(done -> upload.clearFileList());
        return upload;
    }
}
