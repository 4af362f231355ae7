package org.upright.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.upright.base.Landmarks;
import org.upright.security.PasswordLinks;
import org.upright.security.UserAccount;

/**
 * "Forgot your password?": one e-mail field, and the same answer whether or not the address has an
 * account (the service throttles and decides quietly).
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph sent = new Paragraph();

    public ForgotPasswordView(PasswordLinks links) {
        addClassName("forgot-password-view");
        setMaxWidth("28rem");
        getStyle().set("margin", "0 auto");
        email.setLabel(getTranslation("security.forgot.email"));
        email.setMaxLength(UserAccount.EMAIL_MAX);
        email.setRequired(true);
        email.setWidthFull();
        email.setErrorMessage(getTranslation("security.forgot.invalid"));
        send.setText(getTranslation("security.forgot.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        sent.setText(getTranslation("security.forgot.sent"));
        sent.setVisible(false);
        sent.getElement().setAttribute("role", "status");
        send.addClickListener(click -> {
            String address = email.getValue().trim();
            if (address.isEmpty() || email.isInvalid()) {
                email.setInvalid(true);
                return;
            }
            VaadinRequest request = VaadinRequest.getCurrent();
            links.requestReset(address, request == null ? null : request.getRemoteAddr());
            sent.setVisible(true);
            send.setEnabled(false);
        });
        VerticalLayout content = new VerticalLayout(
                new H1(getTranslation("security.forgot.title")),
                new Paragraph(getTranslation("security.forgot.explain")),
                email,
                send,
                sent,
                new RouterLink(getTranslation("security.forgot.back"), LoginView.class));
        content.setPadding(false);
        add(Landmarks.skipLink(getTranslation("base.skip-to-content")), Landmarks.main(content));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.forgot.title") + " · Upright";
    }
}
