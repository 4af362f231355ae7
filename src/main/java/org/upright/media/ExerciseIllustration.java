package org.upright.media;

import com.vaadin.flow.component.html.Image;

/** The line drawing of a built-in exercise with its text alternative; hidden for an exercise that has none. */
public class ExerciseIllustration extends Image {

    private final boolean drawn;

    private ExerciseIllustration(String exerciseCode) {
        drawn = Illustrations.svg(exerciseCode).isPresent();
        addClassName("exercise-illustration");
        if (drawn) {
            setSrc(Illustrations.url(exerciseCode));
            setAlt(getTranslation(Illustrations.altKey(exerciseCode)));
            // drawn 240 × 140: reserve the space so the page does not jump when it loads
            getElement().setAttribute("width", "240").setAttribute("height", "140");
            // as wide as a phone allows, up to 1.5 times its drawn size
            getStyle()
                    .set("display", "block")
                    .set("width", "100%")
                    .set("max-width", "360px")
                    .set("height", "auto");
        }
        setVisible(drawn);
    }

    /** The exercise's illustration, by its code (the stable key, not its name). */
    public static ExerciseIllustration of(String exerciseCode) {
        return new ExerciseIllustration(exerciseCode);
    }

    public boolean isDrawn() {
        return drawn;
    }
}
