package org.upright.patient.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.upright.base.ConflictException;
import org.upright.base.InvalidInputException;
import org.upright.base.NotFoundException;
import org.upright.base.ServiceErrors;
import org.upright.patient.Contraindication;
import org.upright.patient.Patient;
import org.upright.patient.PatientSection;
import org.upright.patient.PatientService;
import org.upright.security.Role;

/**
 * One patient: details and actions, then the sections other features contribute ({@link PatientSection}
 * beans, by their order): the program, safety checks, progress, exports.
 */
@Route("patients/:patientId")
@PageTitle("Patient · Upright")
@RolesAllowed({Role.THERAPIST_ROLE, Role.ADMIN_ROLE})
class PatientView extends VerticalLayout implements BeforeEnterObserver {

    static final String PATIENT_ID = "patientId";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);

    private final PatientService patients;
    private final List<PatientSection> contributed;
    final H2 title = new H2();
    final Div details = new Div();
    final Button edit = new Button("Edit");
    final Button archive = new Button("Archive");
    final Button unlock = new Button("Let them sign in again");
    final Button passwordLink = new Button(getTranslation("security.staff.sendLink"));
    /** The contributed sections, in their order. */
    final VerticalLayout sections = new VerticalLayout();

    private @Nullable Patient patient;

    PatientView(PatientService patients, List<PatientSection> contributed) {
        this.contributed = contributed.stream()
                .filter(s -> s.shownOn(PatientSection.Place.PATIENT_PAGE))
                .sorted(java.util.Comparator.comparingInt(PatientSection::order))
                .toList();
        this.patients = patients;
        setMaxWidth("72rem");
        details.addClassName("patient-details");
        edit.addClickListener(click -> openEdit());
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
        archive.addClickListener(click -> confirmArchive());
        sections.setPadding(false);
        unlock.addClickListener(click -> unlockLogin());
        passwordLink.addClickListener(click -> confirmPasswordLink());
        HorizontalLayout actions = new HorizontalLayout(edit, archive, unlock, passwordLink);
        actions.getStyle().set("flex-wrap", "wrap");
        add(title, details, actions, sections);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong(PATIENT_ID);
        if (id.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "Not found or not allowed.");
            return;
        }
        try {
            show(patients.get(id.get()));
        } catch (NotFoundException ex) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, ex.getMessage());
        }
    }

    private void show(Patient shown) {
        this.patient = shown;
        title.setText(shown.getFullName() + (shown.isArchived() ? " (archived)" : ""));
        details.removeAll();
        String contraindications = shown.getContraindications().isEmpty()
                ? "None recorded"
                : shown.getContraindications().stream()
                        .map(Contraindication::labelOf)
                        .sorted()
                        .collect(Collectors.joining(", "));
        details.add(
                line("Email", patients.emailOf(shown)),
                line("Date of birth", shown.getBirthDate() == null ? "Not given" : DATE.format(shown.getBirthDate())),
                line("Time zone", shown.getTimeZone()),
                line("Contraindications", contraindications));
        if (shown.getNotes() != null) {
            details.add(line("Notes", shown.getNotes()));
        }
        archive.setText(shown.isArchived() ? "Restore from archive" : "Archive");
        // shown while the patient's sign-in waits after failed tries
        unlock.setVisible(patients.isLoginLocked(shown.getId()));
        sections.removeAll();
        contributed.forEach(section -> sections.add(section.create(shown)));
    }

    private void unlockLogin() {
        if (patient == null) {
            return;
        }
        patients.unlockLogin(patient.getId());
        unlock.setVisible(false);
        Notification.show("The patient can sign in again now.", 4000, Notification.Position.TOP_CENTER);
    }

    private void confirmPasswordLink() {
        if (patient == null) {
            return;
        }
        long id = patient.getId();
        String email = patients.emailOf(patient);
        com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog =
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
        dialog.setHeader(getTranslation("security.staff.sendLink"));
        dialog.setText(getTranslation("security.staff.sendLink.confirm", email));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("security.staff.cancel"));
        dialog.setConfirmText(getTranslation("security.staff.sendLink"));
        dialog.addConfirmListener(confirm -> {
            patients.sendPasswordLink(id);
            Notification.show(
                    getTranslation("security.staff.sendLink.sent", email), 5000, Notification.Position.TOP_CENTER);
        });
        dialog.open();
    }

    private static Paragraph line(String label, String value) {
        Span name = new Span(label + ": ");
        name.addClassName("label");
        return new Paragraph(name, new Span(value));
    }

    private void openEdit() {
        Patient current = patient;
        if (current == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Edit " + current.getFullName());
        dialog.setWidth("min(44rem, 100vw)");
        PatientFormFields form = new PatientFormFields(false);
        form.fill(current);
        Paragraph formError = new Paragraph();
        formError.addClassName("form-error");
        formError.setVisible(false);
        dialog.add(form, formError);
        long version = current.getVersion();
        Button save = new Button("Save changes", click -> {
            try {
                Patient saved = patients.update(current.getId(), version, form.value());
                dialog.close();
                show(saved);
                Notification.show("Saved.", 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException ex) {
                Map<String, String> rest = form.showErrors(ServiceErrors.texts(this, ex));
                formError.setText(String.join(" ", rest.values()));
                formError.setVisible(!rest.isEmpty());
            } catch (ConflictException ex) {
                // the form keeps what was typed
                formError.setText(ServiceErrors.text(this, ex));
                formError.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private void confirmArchive() {
        Patient current = patient;
        if (current == null) {
            return;
        }
        if (current.isArchived()) {
            patients.restore(current.getId());
            show(patients.get(current.getId()));
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Archive " + current.getFullName() + "?");
        confirm.setText("They leave your caseload list. Nothing is deleted: their program and history stay, and "
                + "you can restore them from the archive.");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep on caseload");
        confirm.setConfirmText("Archive");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            patients.archive(current.getId());
            show(patients.get(current.getId()));
        });
        confirm.open();
    }
}
