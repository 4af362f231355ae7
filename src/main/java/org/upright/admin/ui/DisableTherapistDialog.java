package org.upright.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.upright.admin.AdminService;
import org.upright.base.InvalidInputException;
import org.upright.base.ServiceErrors;
import org.upright.security.UserAccount;

/**
 * Disabling a therapist who still has patients: the admin chooses who takes them over, and both
 * happen in one step, so no patient is ever left with a disabled therapist.
 */
class DisableTherapistDialog extends Dialog {

    final ComboBox<UserAccount> successor = new ComboBox<>("Their patients go to");
    final Button disable = new Button("Move patients and disable");

    DisableTherapistDialog(
            AdminService admin, UserAccount therapist, int patients, List<UserAccount> others, Runnable onDone) {
        setHeaderTitle("Disable " + therapist.getDisplayName() + "?");
        successor.setId("successor");
        successor.setItems(others);
        successor.setItemLabelGenerator(a -> a.getDisplayName() + " (" + a.getEmail() + ")");
        successor.setRequired(true);
        successor.setWidthFull();
        successor.setHelperText(
                others.isEmpty()
                        ? "There is no other active therapist: create or enable one first."
                        : "Programs, history and alerts move with them.");
        add(
                new Paragraph(therapist.getDisplayName() + " looks after " + patients
                        + (patients == 1 ? " patient" : " patients")
                        + ". They are signed out at once and cannot sign in until "
                        + "an admin enables the account again."),
                successor);

        disable.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        disable.addClickListener(click -> {
            if (successor.getValue() == null) {
                successor.setErrorMessage("Choose the therapist who takes over their patients.");
                successor.setInvalid(true);
                return;
            }
            try {
                admin.disableTherapist(therapist.getId(), successor.getValue().getId());
                close();
                onDone.run();
            } catch (InvalidInputException refused) {
                successor.setErrorMessage(ServiceErrors.text(this, refused));
                successor.setInvalid(true);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), disable);
    }
}
