package org.upright.media;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import org.jsoup.nodes.Entities;
import org.upright.base.NotFoundException;

/**
 * What a patient sees of an exercise besides its words: its illustration, then the clinic's own
 * pictures and videos. Views add it with one line; it finds {@link MediaService} through Vaadin's
 * Spring instantiator, so their constructors stay as they are.
 */
public class ExerciseVisuals extends Div {

    private ExerciseVisuals(String exerciseCode, long exerciseId, String exerciseName) {
        addClassName("exercise-visuals");
        ExerciseIllustration illustration = ExerciseIllustration.of(exerciseCode);
        if (illustration.isDrawn()) {
            add(illustration);
        }
        List<MediaItem> items = media(exerciseId);
        for (MediaItem item : items) {
            if (item.kind() == MediaKind.IMAGE) {
                Image picture = new Image(item.url(true), getTranslation("media.visuals.picture", exerciseName));
                picture.addClassName("exercise-picture");
                fitted(picture.getElement());
                add(picture);
            } else {
                getElement().appendChild(video(item, getTranslation("media.visuals.video", exerciseName)));
            }
        }
        setVisible(illustration.isDrawn() || !items.isEmpty());
    }

    /**
     * The same as markup, for a read-only list that the browser draws from one piece of HTML instead
     * of a component per picture in the session; empty when there is nothing to show.
     */
    public static String markup(String exerciseCode, long exerciseId, String exerciseName) {
        StringBuilder html = new StringBuilder();
        if (Illustrations.svg(exerciseCode).isPresent()) {
            html.append("<img class=\"exercise-illustration\" width=\"240\" height=\"140\"")
                    .append(" style=\"display:block;width:100%;max-width:360px;height:auto\" src=\"")
                    .append(Entities.escape(Illustrations.url(exerciseCode)))
                    .append("\" alt=\"")
                    .append(Entities.escape(text(Illustrations.altKey(exerciseCode))))
                    .append("\">");
        }
        for (MediaItem item : media(exerciseId)) {
            String fitted = " style=\"display:block;max-width:min(100%, 480px);height:auto\"";
            if (item.kind() == MediaKind.IMAGE) {
                html.append("<img class=\"exercise-picture\"")
                        .append(fitted)
                        .append(" src=\"")
                        .append(Entities.escape(item.url(true)))
                        .append("\" alt=\"")
                        .append(Entities.escape(text("media.visuals.picture", exerciseName)))
                        .append("\">");
            } else {
                html.append("<video class=\"exercise-video\" controls preload=\"metadata\" playsinline")
                        .append(fitted)
                        .append(" src=\"")
                        .append(Entities.escape(item.url(false)))
                        .append("\" aria-label=\"")
                        .append(Entities.escape(text("media.visuals.video", exerciseName)))
                        .append("\"></video>");
            }
        }
        return html.isEmpty() ? "" : "<div class=\"exercise-visuals\">" + html + "</div>";
    }

    private static String text(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    private static List<MediaItem> media(long exerciseId) {
        try {
            return VaadinService.getCurrent()
                    .getInstantiator()
                    .getOrCreate(MediaService.class)
                    .ofExercise(exerciseId);
        } catch (NotFoundException notVisible) {
            return List.of();
        }
    }

    /** The exercise's illustration and the clinic's media of it; hidden when there are none. */
    public static ExerciseVisuals of(String exerciseCode, long exerciseId, String exerciseName) {
        return new ExerciseVisuals(exerciseCode, exerciseId, exerciseName);
    }

    static Element video(MediaItem item, String label) {
        Element video = new Element("video");
        video.setAttribute("controls", true);
        video.setAttribute("preload", "metadata");
        video.setAttribute("playsinline", true);
        video.setAttribute("src", item.url(false));
        video.setAttribute("aria-label", label);
        video.getClassList().add("exercise-video");
        return fitted(video);
    }

    /** A picture or video never wider than the screen, nor than its small width. */
    static Element fitted(Element element) {
        element.getStyle()
                .set("display", "block")
                .set("max-width", "min(100%, 480px)")
                .set("height", "auto");
        return element;
    }
}
