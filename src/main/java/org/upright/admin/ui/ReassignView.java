package org.upright.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.upright.admin.AdminService;
import org.upright.admin.PatientSummary;
import org.upright.base.InvalidInputException;
import org.upright.base.ServiceErrors;
import org.upright.patient.PatientService;
import org.upright.security.AccountService;
import org.upright.security.Role;
import org.upright.security.UserAccount;

/** Moves a patient to another therapist, and erases a patient on request. */
@Route("admin/reassign")
@PageTitle("Patients · Upright")
@Menu(title = "Patients", order = 20, icon = "vaadin:exchange")
@RolesAllowed(Role.ADMIN_ROLE)
class ReassignView extends VerticalLayout {

    final ComboBox<PatientSummary> patient = new ComboBox<>("Patient");
    final ComboBox<UserAccount> therapist = new ComboBox<>("New therapist");
    final Button reassign = new Button("Reassign");
    final Button erase = new Button("Erase this patient…");
    private final Paragraph current = new Paragraph();
    private final AdminService adminService;
    private final PatientService patientService;
    private final AccountService accountService;

    ReassignView(AdminService adminService, PatientService patientService, AccountService accountService) {
        this.adminService = adminService;
        this.patientService = patientService;
        this.accountService = accountService;
        setMaxWidth("40rem");

        patient.setItemLabelGenerator(PatientSummary::label);
        patient.setPlaceholder("Type a name or #id");
        patient.setWidthFull();
        patient.setClearButtonVisible(true);
        therapist.setItemLabelGenerator(t -> t.getDisplayName() + " · " + t.getEmail());
        therapist.setWidthFull();
        reassign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reassign.addClickListener(click -> reassign());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClickListener(click -> confirmErase());
        patient.addValueChangeListener(e -> showCurrent(e.getValue()));

        add(
                new Paragraph("Move a patient, with their program and history, to another therapist."),
                patient,
                current,
                therapist,
                reassign,
                new H3("Erase a patient"),
                new Paragraph("On the patient's request: their name, email, notes and other free text are removed for "
                        + "good and their login stops working. Counts and ratings stay for the clinic's figures, and the "
                        + "audit trail keeps a record that the erasure happened."),
                erase);
        reload(null);
    }

    private void reload(@Nullable Long selectId) {
        var all = adminService.patients(null);
        patient.setItems(
                (item, filter) ->
                        item.label().toLowerCase().contains(filter.toLowerCase().trim()),
                all);
        therapist.setItems(accountService.activeTherapists());
        patient.setValue(
                selectId == null
                        ? null
                        : all.stream()
                                .filter(p -> p.id() == selectId)
                                .findFirst()
                                .orElse(null));
        therapist.clear();
        showCurrent(patient.getValue());
    }

    private void showCurrent(@Nullable PatientSummary selected) {
        current.setText(
                selected == null
                        ? "Choose a patient to see their therapist."
                        : "Current therapist: " + selected.therapistName() + ".");
        reassign.setEnabled(selected != null && !selected.erased());
        erase.setEnabled(selected != null && !selected.erased());
    }

    private void reassign() {
        PatientSummary selected = patient.getValue();
        UserAccount to = therapist.getValue();
        therapist.setInvalid(false);
        if (selected == null) {
            patient.setErrorMessage("Choose a patient.");
            patient.setInvalid(true);
            return;
        }
        if (to == null) {
            therapist.setErrorMessage("Choose the therapist who takes over.");
            therapist.setInvalid(true);
            return;
        }
        if (to.getId() == selected.therapistId()) {
            therapist.setErrorMessage("This patient is already with " + to.getDisplayName() + ".");
            therapist.setInvalid(true);
            return;
        }
        try {
            patientService.reassign(selected.id(), to.getId());
        } catch (InvalidInputException invalid) {
            therapist.setErrorMessage(ServiceErrors.text(this, invalid));
            therapist.setInvalid(true);
            return;
        }
        Notification.show(
                        selected.name() + " is now with " + to.getDisplayName() + ".",
                        4000,
                        Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        reload(selected.id());
    }

    private void confirmErase() {
        PatientSummary selected = patient.getValue();
        if (selected == null) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Erase " + selected.name() + "?");
        TextField typed = new TextField("Type the patient's name to confirm");
        typed.setWidthFull();
        typed.setMaxLength(200);
        dialog.add(new Paragraph("This cannot be undone. Type \u201c" + selected.name() + "\u201d to confirm."), typed);
        dialog.setCancelable(true);
        dialog.setConfirmText("Erase for good");
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(confirm -> {
            try {
                adminService.erase(selected.id(), typed.getValue());
            } catch (InvalidInputException invalid) {
                Notification.show(
                                "Not erased: " + ServiceErrors.text(this, invalid), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            Notification.show("The patient's personal data is erased.", 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload(selected.id());
        });
        dialog.open();
        typed.focus();
    }
}
