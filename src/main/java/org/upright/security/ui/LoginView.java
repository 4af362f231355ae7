package org.upright.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.WebAttributes;
import org.upright.security.SignInRefused;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Upright")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String CHECK_AND_RETRY = "Check your email and password and try again. After several failed "
            + "tries you will need to wait a few minutes.";

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Sign in");
        i18n.getForm().setForgotPassword(getTranslation("security.login.forgot"));
        // One message for every failure, so it never tells whether an account exists.
        i18n.getErrorMessage().setTitle("Could not sign you in");
        i18n.getErrorMessage().setMessage(CHECK_AND_RETRY);
        login.setI18n(i18n);
        login.setAction("login");
        login.addForgotPasswordListener(click -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));

        H1 title = new H1("Upright");
        Paragraph tagline = new Paragraph("Your home walking and stretching program");
        add(title, tagline, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        i18n.getErrorMessage().setMessage(error ? messageFor(lastFailure()) : CHECK_AND_RETRY);
        login.setI18n(i18n);
        login.setError(error);
    }

    /** Tells a user who must wait when to try again; the same for every email, known or not. */
    static String messageFor(@Nullable Object failure) {
        if (failure instanceof SignInRefused refused) {
            long minutes = Math.max(
                    1, (Duration.between(Instant.now(), refused.retryAt()).toSeconds() + 59) / 60);
            return "Too many failed tries. Please wait " + minutes + (minutes == 1 ? " minute" : " minutes")
                    + " and try again.";
        }
        return CHECK_AND_RETRY;
    }

    private static @Nullable Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
