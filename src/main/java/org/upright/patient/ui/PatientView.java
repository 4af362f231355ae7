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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.upright.base.ConflictException;
import org.upright.base.InvalidInputException;
import org.upright.base.LocalFormats;
import org.upright.base.NotFoundException;
import org.upright.base.RendersEachEntry;
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
@RolesAllowed({Role.THERAPIST_ROLE, Role.ADMIN_ROLE})
class PatientView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, RendersEachEntry {

    static final String PATIENT_ID = "patientId";

    private final PatientService patients;
    private final List<PatientSection> contributed;
    final H2 title = new H2();
    final Div details = new Div();
    final Button edit = new Button(getTranslation("patient.page.edit"));
    final Button archive = new Button(getTranslation("patient.page.archive"));
    final Button unlock = new Button(getTranslation("patient.page.unlock"));
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
    public String getPageTitle() {
        return getTranslation("patient.page.page-title");
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
        title.setText(
                shown.isArchived()
                        ? getTranslation("patient.page.archived-name", shown.getFullName())
                        : shown.getFullName());
        details.removeAll();
        String contraindications = shown.getContraindications().isEmpty()
                ? getTranslation("patient.page.contraindications-none")
                : shown.getContraindications().stream()
                        .map(code -> Contraindication.of(code)
                                .map(c -> getTranslation(c.messageKey()))
                                .orElse(code))
                        .sorted()
                        .collect(Collectors.joining(", "));
        details.add(
                line("patient.page.email", patients.emailOf(shown)),
                line(
                        "patient.page.birth-date",
                        shown.getBirthDate() == null
                                ? getTranslation("patient.page.birth-date-none")
                                : LocalFormats.date(shown.getBirthDate(), getLocale())),
                line("patient.page.time-zone", shown.getTimeZone()),
                line("patient.page.contraindications", contraindications));
        if (shown.getNotes() != null) {
            details.add(line("patient.page.notes", shown.getNotes()));
        }
        archive.setText(getTranslation(shown.isArchived() ? "patient.page.restore" : "patient.page.archive"));
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
        Notification.show(getTranslation("patient.page.unlocked"), 4000, Notification.Position.TOP_CENTER);
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

    private Paragraph line(String labelKey, String value) {
        Span name = new Span(getTranslation("patient.page.label", getTranslation(labelKey)) + " ");
        name.addClassName("label");
        return new Paragraph(name, new Span(value));
    }

    private void openEdit() {
        Patient current = patient;
        if (current == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("patient.edit.title", current.getFullName()));
        dialog.setWidth("min(44rem, 100vw)");
        PatientFormFields form = new PatientFormFields(false);
        form.fill(current);
        Paragraph formError = new Paragraph();
        formError.addClassName("form-error");
        formError.setVisible(false);
        dialog.add(form, formError);
        long version = current.getVersion();
        Button save = new Button(getTranslation("patient.edit.save"), click -> {
            try {
                Patient saved = patients.update(current.getId(), version, form.value());
                dialog.close();
                show(saved);
                Notification.show(getTranslation("patient.edit.saved"), 3000, Notification.Position.BOTTOM_START)
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
        dialog.getFooter().add(new Button(getTranslation("patient.edit.cancel"), click -> dialog.close()), save);
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
        confirm.setHeader(getTranslation("patient.archive.title", current.getFullName()));
        confirm.setText(getTranslation("patient.archive.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("patient.archive.keep"));
        confirm.setConfirmText(getTranslation("patient.archive.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            patients.archive(current.getId());
            show(patients.get(current.getId()));
        });
        confirm.open();
    }
}
