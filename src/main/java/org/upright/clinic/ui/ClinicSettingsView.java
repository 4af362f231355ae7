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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Clinic settings · Upright")
@Menu(title = "Clinic settings", order = 54, icon = "vaadin:hospital")
@RolesAllowed(Role.ADMIN_ROLE)
class ClinicSettingsView extends VerticalLayout {

    private final TextField name = field("Clinic name", "As patients know it.");
    private final TextField phone = field("Phone", "Shown to patients who report a warning sign or a high rating.");
    private final TextField email = field("E-mail", "Optional.");
    private final TextArea address = new TextArea("Address");
    private final TextField emergency =
            field("Emergency number", "The local number for an ambulance, e.g. 112 or 911.");

    ClinicSettingsView(ClinicSettingsService settings) {
        setMaxWidth("800px");
        address.setMaxLength(ClinicContact.MAX_LENGTH);
        address.setHelperText("Optional; printed on the handout.");
        name.setRequired(true);
        emergency.setRequired(true);
        show(settings.current());
        Map<String, com.vaadin.flow.component.HasValidation> fields =
                Map.of("name", name, "phone", phone, "email", email, "address", address, "emergencyNumber", emergency);
        Button save = new Button("Save clinic settings", click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                show(settings.save(new ClinicContact(
                        name.getValue(),
                        phone.getValue(),
                        email.getValue(),
                        address.getValue(),
                        emergency.getValue())));
                Notification.show("Clinic settings saved. Patients see them from their next page.")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException ex) {
                ServiceErrors.texts(this, ex).forEach((field, message) -> {
                    var f = fields.get(field);
                    if (f != null) {
                        f.setErrorMessage(message);
                        f.setInvalid(true);
                    }
                });
                Notification.show("Not saved. Please check the marked fields; your input is still there.")
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new Paragraph(
                        "Patients see these details when they report a warning sign "
                                + "or a high discomfort rating, on Today while their program is paused, and on the printed handout."),
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

    private static TextField field(String label, String help) {
        TextField f = new TextField(label);
        f.setMaxLength(ClinicContact.MAX_LENGTH);
        f.setHelperText(help);
        return f;
    }
}
