package org.upright.patient.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import java.util.function.Consumer;
import org.upright.base.InvalidInputException;
import org.upright.base.ServiceErrors;
import org.upright.patient.NewPatient;
import org.upright.patient.PatientService;

/**
 * Creates a patient with their login. On success the one-time password is shown once, here, with
 * a note to hand it over in person; it is never stored or shown again.
 */
class NewPatientDialog extends Dialog {

    final PatientFormFields form = new PatientFormFields(true);
    final Button save = new Button(getTranslation("patient.new.create"));
    final Paragraph formError = new Paragraph();
    private final PatientService patients;
    private final Consumer<NewPatient> onCreated;

    NewPatientDialog(PatientService patients, Consumer<NewPatient> onCreated) {
        this.patients = patients;
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("patient.new.title"));
        setWidth("min(44rem, 100vw)");
        formError.addClassName("form-error");
        formError.setVisible(false);
        add(form, formError);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.addClickShortcut(Key.ENTER);
        Button cancel = new Button(getTranslation("patient.new.cancel"), click -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                getUI().ifPresent(form::defaultZoneFromBrowser);
                form.givenName.focus();
            }
        });
    }

    void save() {
        try {
            NewPatient created = patients.create(form.value());
            showPassword(created);
            onCreated.accept(created);
        } catch (InvalidInputException ex) {
            Map<String, String> rest = form.showErrors(ServiceErrors.texts(this, ex));
            formError.setText(String.join(" ", rest.values()));
            formError.setVisible(!rest.isEmpty());
        }
    }

    private void showPassword(NewPatient created) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(
                getTranslation("patient.new.created-title", created.patient().getFullName()));
        Span email = new Span(created.email());
        email.addClassName("login-email");
        Span password = new Span(created.oneTimePassword());
        password.addClassName("one-time-password");
        password.getStyle()
                .set("font-family", "monospace")
                .set("font-size", "1.25em")
                .set("font-weight", "600");
        VerticalLayout shown = new VerticalLayout(
                new Paragraph(getTranslation("patient.new.hand-over")),
                new Paragraph(new Span(getTranslation("patient.new.email") + " "), email),
                new Paragraph(new Span(getTranslation("patient.new.one-time-password") + " "), password),
                new Paragraph(getTranslation("patient.new.shown-once")),
                new Paragraph(getTranslation("security.invited.note")));
        shown.setPadding(false);
        add(shown);
        Button done = new Button(getTranslation("patient.new.done"), click -> close());
        Button openPatient = new Button(getTranslation("patient.new.open"), click -> {
            close();
            getUI().ifPresent(ui -> ui.navigate(
                    PatientView.class,
                    new com.vaadin.flow.router.RouteParameters(
                            PatientView.PATIENT_ID,
                            String.valueOf(created.patient().getId()))));
        });
        openPatient.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done, openPatient);
    }
}
