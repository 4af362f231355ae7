package org.upright.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Not found · Upright")
@AnonymousAllowed
public class NotFoundOrNotAllowedView extends RouteNotFoundError {

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
                        new H2(TITLE).getElement(),
                        new Paragraph("This page does not exist, or you "
                                        + "may not see it. Check the link, or go back to your start page.")
                                .getElement(),
                        new Anchor("", "Go to the start page").getElement());
        // the kind of problem only: the address may carry anything a client chose to send
        log.info(
                "Navigation answered with not found or not allowed ({})",
                cause.getClass().getSimpleName());
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** A record that does not exist or that this user may not see. */
    @PageTitle("Not found · Upright")
    @AnonymousAllowed
    static class MissingRecord extends Div implements HasErrorParameter<NotFoundException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            return show(this, parameter.getCaughtException());
        }
    }

    /** An id in the address that is not a number, or too large for one. */
    @PageTitle("Not found · Upright")
    @AnonymousAllowed
    static class NotANumber extends Div implements HasErrorParameter<NumberFormatException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NumberFormatException> parameter) {
            return show(this, parameter.getCaughtException());
        }
    }

    /** A service refused the signed-in user's role. */
    @PageTitle("Not found · Upright")
    @AnonymousAllowed
    static class RoleRefused extends Div implements HasErrorParameter<AccessDeniedException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            return show(this, parameter.getCaughtException());
        }
    }
}
