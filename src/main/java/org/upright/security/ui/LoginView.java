package org.upright.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.WebAttributes;
import org.upright.base.Landmarks;
import org.upright.security.SignInRefused;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CHECK_AND_RETRY = "security.login.check-and-retry";

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();

        i18n.getForm().setTitle(getTranslation("security.login.title"));
        i18n.getForm().setUsername(getTranslation("security.login.email"));
        i18n.getForm().setPassword(getTranslation("security.login.password"));
        i18n.getForm().setSubmit(getTranslation("security.login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("security.login.forgot"));
        // One message for every failure, so it never tells whether an account exists.
        i18n.getErrorMessage().setTitle(getTranslation("security.login.error-title"));
        i18n.getErrorMessage().setMessage(getTranslation(CHECK_AND_RETRY));
        login.setI18n(i18n);
        // no focus jump on load: Tab reaches the skip link first, then the form, as on every page
        login.getElement().setProperty("noAutofocus", true);
        login.setAction("login");
        login.addForgotPasswordListener(click -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));

        // the product's name is the page's one H1; the form's own title is a heading below it
        H1 title = new H1(getTranslation("security.app-name"));
        Paragraph tagline = new Paragraph(getTranslation("security.login.tagline"));
        VerticalLayout content = new VerticalLayout(title, tagline, login);
        content.setSizeFull();
        content.setAlignItems(Alignment.CENTER);
        content.setJustifyContentMode(JustifyContentMode.CENTER);
        Main main = Landmarks.main(content);
        main.setSizeFull();
        add(Landmarks.skipLink(getTranslation("base.skip-to-content")), main);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        i18n.getErrorMessage()
                .setMessage(error ? messageFor(lastFailure(), this::getTranslation) : getTranslation(CHECK_AND_RETRY));
        login.setI18n(i18n);
        login.setError(error);
    }

    /** Tells a user who must wait when to try again; the same for every email, known or not. */
    static String messageFor(@Nullable Object failure, Texts texts) {
        if (failure instanceof SignInRefused refused) {
            long minutes = Math.max(
                    1, (Duration.between(Instant.now(), refused.retryAt()).toSeconds() + 59) / 60);
            return texts.text("security.login.wait", minutes);
        }
        return texts.text(CHECK_AND_RETRY);
    }

    /** The translation of a key, as a component or the bundles give it. */
    interface Texts {
        String text(String key, Object... params);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.page-title");
    }

    private static @Nullable Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
