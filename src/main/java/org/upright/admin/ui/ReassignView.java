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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
@Menu(title = "admin.reassign.menu", order = 20, icon = "vaadin:exchange")
@RolesAllowed(Role.ADMIN_ROLE)
class ReassignView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<PatientSummary> patient = new ComboBox<>(getTranslation("admin.reassign.patient"));
    final ComboBox<UserAccount> therapist = new ComboBox<>(getTranslation("admin.reassign.therapist"));
    final Button reassign = new Button(getTranslation("admin.reassign.reassign"));
    final Button erase = new Button(getTranslation("admin.erase.button"));
    private final Paragraph current = new Paragraph();
    private final AdminService adminService;
    private final PatientService patientService;
    private final AccountService accountService;

    @Override
    public String getPageTitle() {
        return getTranslation("admin.reassign.page-title");
    }

    ReassignView(AdminService adminService, PatientService patientService, AccountService accountService) {
        this.adminService = adminService;
        this.patientService = patientService;
        this.accountService = accountService;
        setMaxWidth("40rem");

        patient.setItemLabelGenerator(PatientSummary::label);
        patient.setPlaceholder(getTranslation("admin.reassign.placeholder"));
        patient.setWidthFull();
        patient.setClearButtonVisible(true);
        therapist.setItemLabelGenerator(t -> getTranslation("admin.name-and-email", t.getDisplayName(), t.getEmail()));
        therapist.setWidthFull();
        reassign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reassign.addClickListener(click -> reassign());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClickListener(click -> confirmErase());
        patient.addValueChangeListener(e -> showCurrent(e.getValue()));

        add(
                new Paragraph(getTranslation("admin.reassign.intro")),
                patient,
                current,
                therapist,
                reassign,
                new H3(getTranslation("admin.erase.heading")),
                new Paragraph(getTranslation("admin.erase.intro")),
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
                        ? getTranslation("admin.reassign.choose-to-see")
                        : getTranslation("admin.reassign.current", selected.therapistName()));
        reassign.setEnabled(selected != null && !selected.erased());
        erase.setEnabled(selected != null && !selected.erased());
    }

    private void reassign() {
        PatientSummary selected = patient.getValue();
        UserAccount to = therapist.getValue();
        therapist.setInvalid(false);
        if (selected == null) {
            patient.setErrorMessage(getTranslation("admin.reassign.choose-patient"));
            patient.setInvalid(true);
            return;
        }
        if (to == null) {
            therapist.setErrorMessage(getTranslation("admin.reassign.choose-therapist"));
            therapist.setInvalid(true);
            return;
        }
        if (to.getId() == selected.therapistId()) {
            therapist.setErrorMessage(getTranslation("admin.reassign.already", to.getDisplayName()));
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
                        getTranslation("admin.reassign.done", selected.name(), to.getDisplayName()),
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
        dialog.setHeader(getTranslation("admin.erase.header", selected.name()));
        TextField typed = new TextField(getTranslation("admin.erase.type"));
        typed.setWidthFull();
        typed.setMaxLength(200);
        dialog.add(new Paragraph(getTranslation("admin.erase.text", selected.name())), typed);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.cancel"));
        dialog.setConfirmText(getTranslation("admin.erase.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(confirm -> {
            try {
                adminService.erase(selected.id(), typed.getValue());
            } catch (InvalidInputException invalid) {
                Notification.show(
                                getTranslation("admin.erase.refused") + " " + ServiceErrors.text(this, invalid),
                                5000,
                                Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            Notification.show(getTranslation("admin.erase.done"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload(selected.id());
        });
        dialog.open();
        typed.focus();
    }
}
