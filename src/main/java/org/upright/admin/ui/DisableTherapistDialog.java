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

    final ComboBox<UserAccount> successor = new ComboBox<>(getTranslation("admin.disable.successor"));
    final Button disable = new Button(getTranslation("admin.disable.confirm"));

    DisableTherapistDialog(
            AdminService admin, UserAccount therapist, int patients, List<UserAccount> others, Runnable onDone) {
        setHeaderTitle(getTranslation("admin.users.disable.header", therapist.getDisplayName()));
        successor.setId("successor");
        successor.setItems(others);
        successor.setItemLabelGenerator(a -> getTranslation("admin.name-and-email", a.getDisplayName(), a.getEmail()));
        successor.setRequired(true);
        successor.setWidthFull();
        successor.setHelperText(
                getTranslation(others.isEmpty() ? "admin.disable.no-other" : "admin.disable.what-moves"));
        add(new Paragraph(getTranslation("admin.disable.text", therapist.getDisplayName(), patients)), successor);

        disable.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        disable.addClickListener(click -> {
            if (successor.getValue() == null) {
                successor.setErrorMessage(getTranslation("admin.disable.choose"));
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
        getFooter().add(new Button(getTranslation("admin.cancel"), e -> close()), disable);
    }
}
