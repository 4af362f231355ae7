package org.upright.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;

/**
 * The page's one main landmark and the skip link to it, the same on signed-in pages (the shell)
 * and on the pages before sign-in, so that a keyboard user finds them in the same place.
 */
public final class Landmarks {

    public static final String MAIN_ID = "main-content";

    private Landmarks() {}

    /** The one main landmark around the page's content: focusable by the skip link, not by Tab. */
    public static Main main(Component... content) {
        Main main = new Main(content);
        main.setId(MAIN_ID);
        main.addClassName("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        return main;
    }

    /** The first thing Tab reaches: a link that moves focus into the main landmark. */
    public static Anchor skipLink(String text) {
        Anchor skip = new Anchor("#" + MAIN_ID, text);
        skip.addClassName("skip-link");
        // the router would treat the link as navigation; the browser's own fragment jump does not move focus
        // everywhere, so the link focuses the main landmark itself
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement()
                .executeJs(
                        "this.addEventListener('click', e => { e.preventDefault();"
                                + " const main = document.getElementById($0); if (main) { main.focus(); main.scrollIntoView(); } })",
                        MAIN_ID);
        return skip;
    }
}
