package org.upright.logging.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.upright.base.DatePickers;
import org.upright.clinic.ClinicSettingsService;
import org.upright.logging.HighRating;
import org.upright.logging.LoggedSession;
import org.upright.logging.LoggingService;
import org.upright.logging.TodayOverview;
import org.upright.logging.TodayService;
import org.upright.logging.WalkEntry;
import org.upright.security.Role;

/** Log a walk (or change today's one): minutes, optional discomfort and note, today or up to a week back. */
@Route("log-walk")
@RolesAllowed(Role.PATIENT_ROLE)
class WalkFormView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final LoggingService logging;
    private final TodayService todayService;
    private final HighRating alerts;
    private final ClinicSettingsService clinic;
    // made once when the form opens: saving this form again returns the first log
    private final String clientKey = UUID.randomUUID().toString();
    private final DatePicker date = DatePickers.localised(new DatePicker(getTranslation("logging.form.day")));
    private final IntegerField minutes = LogUi.minutesField(getTranslation("logging.walk.minutes"));
    private final IntegerField discomfort = LogUi.discomfortField(getTranslation("logging.walk.discomfort"));
    private final TextArea note = LogUi.noteField();
    private final Button save = new Button(getTranslation("logging.walk.save"));
    private @Nullable LoggedSession editing;

    WalkFormView(LoggingService logging, TodayService todayService, HighRating alerts, ClinicSettingsService clinic) {
        this.alerts = alerts;
        this.clinic = clinic;
        this.logging = logging;
        this.todayService = todayService;
        addClassNames("patient-view", "log-form");
        LogUi.dayField(date, todayService.todayForMe());
        // the field's minimum stays 0: with 1, its steps of 5 (1, 6, … 31) made a plain 30 show as invalid;
        // the service refuses 0 with its own message
        minutes.setRequiredIndicatorVisible(true);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.addClassName("big-button");
        save.setDisableOnClick(true);
        save.addClickListener(e -> save());
        Button cancel = new Button(
                getTranslation("logging.form.cancel"),
                e -> UI.getCurrent().navigate(editing == null ? "today" : "history"));
        cancel.addClassName("big-button");
        add(minutes, discomfort, date, note, save, cancel);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable Long logId) {
        if (logId != null) {
            LoggedSession session = logging.ownLog(logId);
            editing = session;
            date.setValue(session.date());
            minutes.setValue(session.walkMinutes());
            discomfort.setValue(session.discomfortAfter());
            note.setValue(session.note() == null ? "" : session.note());
        } else {
            TodayOverview today = todayService.today();
            minutes.setValue(today.plan() != null ? today.plan().minutesPerWalk() : 30);
        }
    }

    @Override
    public String getPageTitle() {
        // the shell shows this as the page's one H1
        return getTranslation(editing == null ? "logging.walk.page-title" : "logging.walk.page-title-change");
    }

    private void save() {
        WalkEntry entry = new WalkEntry(
                clientKey,
                date.getValue() == null ? LocalDate.MIN : date.getValue(),
                minutes.getValue(),
                null,
                discomfort.getValue(),
                LogUi.blankToNull(note.getValue()),
                Set.of());
        LogUi.saveKeepingInput(
                () -> LogUi.afterSave(
                        this,
                        editing == null ? logging.logWalk(entry) : logging.edit(editing.id(), editing.version(), entry),
                        editing != null,
                        alerts,
                        clinic),
                Map.of("date", date, "minutes", minutes, "discomfortAfter", discomfort, "note", note),
                save,
                "walk");
    }
}
