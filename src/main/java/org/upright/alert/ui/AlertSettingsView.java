package org.upright.alert.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.upright.alert.AlertSettings;
import org.upright.alert.AlertThresholds;
import org.upright.base.FieldErrors;
import org.upright.base.InvalidInputException;
import org.upright.security.Role;

/** The clinic's alert thresholds. */
@Route("admin/alert-settings")
@PageTitle("Alert settings · Upright")
@Menu(title = "Alert settings", order = 53, icon = "vaadin:sliders")
@RolesAllowed(Role.ADMIN_ROLE)
class AlertSettingsView extends VerticalLayout {

    private final IntegerField critical =
            field("Critical rating (0–10)", 1, 10, "A rating at or above this is a critical alert.");
    private final IntegerField points =
            field("Meaningful change, points", 1, 10, "A 7-day mean this many points above baseline…");
    private final IntegerField percent =
            field("Meaningful change, % of baseline", 5, 100, "…or this share of the baseline is a rise.");
    private final IntegerField missed =
            field("Missed prescribed days in a row", 1, 30, "Days with nothing done that raise a high alert.");
    private final IntegerField low =
            field("Low adherence below, %", 1, 100, "7-day adherence below this raises a low alert.");

    AlertSettingsView(AlertSettings settings) {
        setMaxWidth("800px");
        AlertThresholds t = settings.current();
        critical.setValue(t.criticalRating());
        points.setValue(t.changePoints());
        percent.setValue(t.changePercent());
        missed.setValue(t.missedDays());
        low.setValue(t.lowAdherencePercent());
        Button save = new Button("Save thresholds", click -> {
            for (IntegerField f : new IntegerField[] {critical, points, percent, missed, low}) {
                f.setInvalid(false);
            }
            try {
                settings.save(
                        new AlertThresholds(value(critical), value(points), value(percent), value(missed), value(low)));
                Notification.show("Alert thresholds saved. They apply from the next evaluation.");
            } catch (InvalidInputException ex) {
                Map<String, IntegerField> fields = Map.of(
                        "criticalRating",
                        critical,
                        "changePoints",
                        points,
                        "changePercent",
                        percent,
                        "missedDays",
                        missed,
                        "lowAdherencePercent",
                        low);
                FieldErrors.show(fields, ex.fieldErrors()).values().forEach(message -> Notification.show(message));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(critical, points, percent, missed, low);
        add(
                new H2("Alert settings"),
                new Paragraph("The defaults follow the product's definitions: critical at a "
                        + "rating of 7, a rise of 2 points or 30 %, 3 missed days, adherence under 50 %."),
                form,
                save);
    }

    private static IntegerField field(String label, int min, int max, String help) {
        IntegerField f = new IntegerField(label);
        f.setMin(min);
        f.setMax(max);
        f.setStepButtonsVisible(true);
        f.setHelperText(help);
        f.setRequired(true);
        return f;
    }

    /** An empty field is sent as 0, which the service refuses with a message at that field. */
    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }
}
