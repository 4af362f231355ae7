package org.upright.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.upright.base.NotFoundException;

/**
 * The app's one answer to an address that names nothing the user may see: no such page, an id
 * that is not a number or too large for one, a record that does not exist or belongs to someone
 * else. The same words for all, no stack trace, and nothing the browser sent goes into the log.
 * (It replaces Vaadin's RouteNotFoundError, whose development page lists every route.)
 */
@AnonymousAllowed
public class NotFoundOrNotAllowedView extends RouteNotFoundError implements HasDynamicTitle {

    /** The English heading, for tests that look for it. */
    public static final String TITLE = "Not found or not allowed";

    private static final Logger log = LoggerFactory.getLogger(NotFoundOrNotAllowedView.class);

    @Override
    public int setErrorParameter(
            BeforeEnterEvent event, ErrorParameter<com.vaadin.flow.router.NotFoundException> parameter) {
        return show(this, parameter.getCaughtException());
    }

    static int show(Component view, Exception cause) {
        view.getElement().removeAllChildren();
        view.getElement().setAttribute("class", "not-found-or-not-allowed");
        view.getElement()
                .appendChild(
                        new H2(view.getTranslation("shell.not-found.title")).getElement(),
                        new Paragraph(view.getTranslation("shell.not-found.text")).getElement(),
                        new Anchor("", view.getTranslation("shell.not-found.start-page")).getElement());
        // the kind of problem only: the address may carry anything a client chose to send
        log.info(
                "Navigation answered with not found or not allowed ({})",
                cause.getClass().getSimpleName());
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.not-found.page-title");
    }

    /** A record that does not exist or that this user may not see. */
    @AnonymousAllowed
    static class MissingRecord extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

        @Override
        public String getPageTitle() {
            return getTranslation("shell.not-found.page-title");
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            return show(this, parameter.getCaughtException());
        }
    }

    /** An id in the address that is not a number, or too large for one. */
    @AnonymousAllowed
    static class NotANumber extends Div implements HasErrorParameter<NumberFormatException>, HasDynamicTitle {

        @Override
        public String getPageTitle() {
            return getTranslation("shell.not-found.page-title");
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NumberFormatException> parameter) {
            return show(this, parameter.getCaughtException());
        }
    }

    /** A service refused the signed-in user's role. */
    @AnonymousAllowed
    static class RoleRefused extends Div implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

        @Override
        public String getPageTitle() {
            return getTranslation("shell.not-found.page-title");
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            return show(this, parameter.getCaughtException());
        }
    }
}
