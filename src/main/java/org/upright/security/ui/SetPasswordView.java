package org.upright.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.upright.base.InvalidInputException;
import org.upright.base.Landmarks;
import org.upright.base.ServiceErrors;
import org.upright.security.PasswordLinks;
import org.upright.security.PasswordLinks.LinkPurpose;

/**
 * The page an invitation or reset link opens: choose a password, then sign in with it. A link that is
 * unknown, used or expired gets one clear message and the way to ask for a new one.
 */
@Route(value = "set-password", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button save = new Button();
    private final PasswordLinks links;
    private String token = "";
    private String title = "";
    // what the page shows changes (form, or a link that is no longer valid) inside the one main landmark
    private final VerticalLayout content = new VerticalLayout();

    public SetPasswordView(PasswordLinks links) {
        this.links = links;
        addClassName("set-password-view");
        setMaxWidth("28rem");
        getStyle().set("margin", "0 auto");
        content.setPadding(false);
        add(Landmarks.skipLink(getTranslation("base.skip-to-content")), Landmarks.main(content));
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        content.removeAll();
        Optional<LinkPurpose> purpose = links.check(token);
        if (purpose.isEmpty()) {
            showInvalid();
            return;
        }
        title = getTranslation(
                purpose.get() == LinkPurpose.INVITATION
                        ? "security.link.invitation.title"
                        : "security.link.reset.title");
        password.setLabel(getTranslation("security.link.password"));
        password.setHelperText(getTranslation("security.link.hint"));
        password.setWidthFull();
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirm.setLabel(getTranslation("security.link.confirm"));
        confirm.setWidthFull();
        confirm.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        save.setText(getTranslation("security.link.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save());
        content.add(new H1(title), password, confirm, save);
    }

    private void save() {
        password.setInvalid(false);
        confirm.setInvalid(false);
        if (!password.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("security.link.mismatch"));
            confirm.setInvalid(true);
            return;
        }
        try {
            links.choosePassword(token, password.getValue());
        } catch (InvalidInputException refused) {
            if (refused.fieldErrors().containsKey("token")) {
                content.removeAll();
                showInvalid();
            } else {
                password.setErrorMessage(ServiceErrors.text(this, refused));
                password.setInvalid(true);
            }
            return;
        }
        Notification.show(getTranslation("security.link.done"), 6000, Notification.Position.TOP_CENTER);
        getUI().ifPresent(ui -> ui.navigate(LoginView.class));
    }

    private void showInvalid() {
        title = getTranslation("security.link.invalid.title");
        content.add(
                new H1(title),
                new Paragraph(getTranslation("security.link.invalid.explain")),
                new RouterLink(getTranslation("security.link.invalid.request"), ForgotPasswordView.class));
    }

    @Override
    public String getPageTitle() {
        return title + " · Upright";
    }
}
