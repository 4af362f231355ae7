package org.upright.clinic.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.upright.base.InvalidInputException;
import org.upright.base.ServiceErrors;
import org.upright.clinic.ClinicContact;
import org.upright.clinic.ClinicSettingsService;
import org.upright.security.Role;

/** The clinic's name and how patients reach it; patients see these with safety advice and on the handout. */
@Route("admin/clinic")
@Menu(title = "clinic.settings.menu", order = 54, icon = "vaadin:hospital")
@RolesAllowed(Role.ADMIN_ROLE)
class ClinicSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final TextField name = field("name");
    private final TextField phone = field("phone");
    private final TextField email = field("email");
    private final TextArea address = new TextArea(getTranslation("clinic.settings.address"));
    private final TextField emergency = field("emergency");

    ClinicSettingsView(ClinicSettingsService settings) {
        setMaxWidth("800px");
        address.setMaxLength(ClinicContact.MAX_LENGTH);
        address.setHelperText(getTranslation("clinic.settings.address.help"));
        name.setRequired(true);
        emergency.setRequired(true);
        show(settings.current());
        Map<String, com.vaadin.flow.component.HasValidation> fields =
                Map.of("name", name, "phone", phone, "email", email, "address", address, "emergencyNumber", emergency);
        Button save = new Button(getTranslation("clinic.settings.save"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                show(settings.save(new ClinicContact(
                        name.getValue(),
                        phone.getValue(),
                        email.getValue(),
                        address.getValue(),
                        emergency.getValue())));
                Notification.show(getTranslation("clinic.settings.saved"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException ex) {
                ServiceErrors.texts(this, ex).forEach((field, message) -> {
                    var f = fields.get(field);
                    if (f != null) {
                        f.setErrorMessage(message);
                        f.setInvalid(true);
                    }
                });
                Notification.show(getTranslation("clinic.settings.not-saved"))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new Paragraph(getTranslation("clinic.settings.intro")),
                new FormLayout(name, phone, email, emergency, address),
                save);
    }

    private void show(ClinicContact contact) {
        name.setValue(contact.name());
        phone.setValue(contact.phone());
        email.setValue(contact.email());
        address.setValue(contact.address());
        emergency.setValue(contact.emergencyNumber());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clinic.settings.page-title");
    }

    private TextField field(String key) {
        TextField f = new TextField(getTranslation("clinic.settings." + key));
        f.setMaxLength(ClinicContact.MAX_LENGTH);
        f.setHelperText(getTranslation("clinic.settings." + key + ".help"));
        return f;
    }
}
