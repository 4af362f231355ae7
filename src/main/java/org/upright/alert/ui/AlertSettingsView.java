package org.upright.alert.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.upright.alert.AlertSettings;
import org.upright.alert.AlertThresholds;
import org.upright.base.FieldErrors;
import org.upright.base.InvalidInputException;
import org.upright.base.ServiceErrors;
import org.upright.security.Role;

/** The clinic's alert thresholds. */
@Route("admin/alert-settings")
@Menu(title = "alert.settings.menu", order = 53, icon = "vaadin:sliders")
@RolesAllowed(Role.ADMIN_ROLE)
class AlertSettingsView extends VerticalLayout implements HasDynamicTitle {

    // labels and explanations in the words a clinician uses, one line each
    private final IntegerField critical = field("critical", 1, 10);
    private final IntegerField points = field("rise-points", 1, 10);
    private final IntegerField percent = field("rise-percent", 5, 100);
    private final IntegerField missed = field("missed-days", 1, 30);
    private final IntegerField low = field("low-adherence", 1, 100);

    AlertSettingsView(AlertSettings settings) {
        setMaxWidth("800px");
        AlertThresholds t = settings.current();
        critical.setValue(t.criticalRating());
        points.setValue(t.changePoints());
        percent.setValue(t.changePercent());
        missed.setValue(t.missedDays());
        low.setValue(t.lowAdherencePercent());
        Button save = new Button(getTranslation("alert.settings.save"), click -> {
            for (IntegerField f : new IntegerField[] {critical, points, percent, missed, low}) {
                f.setInvalid(false);
            }
            try {
                settings.save(
                        new AlertThresholds(value(critical), value(points), value(percent), value(missed), value(low)));
                Notification.show(getTranslation("alert.settings.saved"));
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
                FieldErrors.show(fields, ServiceErrors.texts(this, ex))
                        .values()
                        .forEach(message -> Notification.show(message));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(critical, points, percent, missed, low);
        add(new Paragraph(getTranslation("alert.settings.intro")), form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alert.settings.page-title");
    }

    private IntegerField field(String key, int min, int max) {
        IntegerField f = new IntegerField(getTranslation("alert.settings." + key));
        f.setMin(min);
        f.setMax(max);
        f.setStepButtonsVisible(true);
        f.setHelperText(getTranslation("alert.settings." + key + ".help"));
        f.setRequired(true);
        return f;
    }

    /** An empty field is sent as 0, which the service refuses with a message at that field. */
    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }
}
