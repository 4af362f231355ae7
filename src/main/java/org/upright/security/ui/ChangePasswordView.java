package org.upright.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.upright.base.InvalidInputException;
import org.upright.base.ServiceErrors;
import org.upright.security.AccountService;
import org.upright.security.PasswordPolicy;

@Route("account/password")
@Menu(title = "security.password.menu", order = 90, icon = "vaadin:key")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField(getTranslation("security.password.current"));
    final PasswordField next = new PasswordField(getTranslation("security.password.new"));
    final PasswordField repeat = new PasswordField(getTranslation("security.password.repeat"));
    final Button save = new Button(getTranslation("security.password.save"));

    public ChangePasswordView(AccountService accountService) {
        setMaxWidth("32rem");
        H2 title = new H2(getTranslation("security.password.heading"));
        Paragraph hint = new Paragraph(getTranslation("security.password.hint", PasswordPolicy.MIN_LENGTH));
        if (accountService.mustChangePassword()) {
            hint.setText(getTranslation("security.password.must-change") + " " + hint.getText());
        }
        current.setWidthFull();
        next.setWidthFull();
        repeat.setWidthFull();
        next.setMaxLength(PasswordPolicy.MAX_LENGTH);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        save.addClickListener(click -> {
            current.setInvalid(false);
            next.setInvalid(false);
            repeat.setInvalid(false);
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("security.password.differ"));
                repeat.setInvalid(true);
                return;
            }
            try {
                accountService.changeOwnPassword(current.getValue(), next.getValue());
            } catch (InvalidInputException invalid) {
                ServiceErrors.texts(this, invalid).forEach((field, message) -> {
                    PasswordField target = field.equals("currentPassword") ? current : next;
                    target.setErrorMessage(message);
                    target.setInvalid(true);
                });
                return;
            }
            current.clear();
            next.clear();
            repeat.clear();
            Notification.show(getTranslation("security.password.changed"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(""));
        });
        add(title, hint, current, next, repeat, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.password.page-title");
    }
}
