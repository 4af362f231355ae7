package org.upright.media;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
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
        List<MediaItem> items;
        try {
            items = VaadinService.getCurrent()
                    .getInstantiator()
                    .getOrCreate(MediaService.class)
                    .ofExercise(exerciseId);
        } catch (NotFoundException notVisible) {
            items = List.of();
        }
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
