package org.upright.logging.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.upright.base.NotFoundException;
import org.upright.clinic.ClinicContact;
import org.upright.clinic.ClinicSettingsService;
import org.upright.logging.LoggedSession;
import org.upright.logging.RedFlagQuestion;
import org.upright.logging.RedFlagService;
import org.upright.logging.TodayOverview;
import org.upright.logging.TodaySection;
import org.upright.logging.TodayService;
import org.upright.media.ExerciseVisuals;
import org.upright.program.DayPlan;
import org.upright.program.ExerciseTranslations;
import org.upright.program.ExerciseTranslations.ExerciseText;
import org.upright.security.Role;

/** The patient's landing page: today's plan, what is done, the streak, and one tap to log. */
@Route("today")
@Menu(title = "logging.menu.today", order = 10, icon = "vaadin:sun-o")
@RolesAllowed(Role.PATIENT_ROLE)
class TodayView extends VerticalLayout implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("logging.today.page-title");
    }

    TodayView(
            TodayService todayService,
            RedFlagService redFlags,
            ClinicSettingsService clinic,
            ExerciseTranslations translations,
            List<TodaySection> contributed) {
        addClassName("patient-view");
        TodayOverview today;
        try {
            today = todayService.today();
        } catch (NotFoundException ex) {
            // a patient login whose patient record is missing or archived away: say so instead of failing
            add(new Paragraph(getTranslation("logging.today.no-record")));
            return;
        }
        DayPlan plan = today.plan();
        List<RedFlagQuestion> concerns = redFlags.standingConcerns();
        ClinicContact contact = today.paused() || !concerns.isEmpty() ? clinic.current() : null;
        if (contact != null && !concerns.isEmpty()) {
            // the same words as the check's result: coming back here must not make the advice sound milder
            add(SafetyAdvice.redFlags(concerns, contact, getTranslation("logging.today.paused-after-check")));
        }

        Span date = new Span(LogUi.day(today.today()));
        date.addClassName("today-date");
        add(date);
        Button logWalk = new Button(
                getTranslation("logging.today.log-walk"), e -> UI.getCurrent().navigate("log-walk"));
        logWalk.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        logWalk.addClassName("big-button");
        Paragraph offline = LogUi.offlineNotice();
        add(offline, logWalk);
        LogUi.sayWhenOffline(logWalk, offline);
        if (plan != null && plan.stretchSessions() > 0) {
            Button logStretches = new Button(
                    getTranslation("logging.today.log-stretches"),
                    e -> UI.getCurrent().navigate("log-stretches"));
            logStretches.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            logStretches.addClassName("big-button");
            add(logStretches);
            LogUi.sayWhenOffline(logStretches, offline);
        }
        add(done(today));
        add(streak(today.streak()));

        if (redFlags.checkDue()) {
            Div check = card("safety-check-card");
            check.add(
                    new H2(getTranslation("logging.today.check-title")),
                    new Paragraph(getTranslation("logging.today.check-text")));
            Button answer = new Button(
                    getTranslation("logging.today.check-answer"),
                    e -> UI.getCurrent().navigate("red-flags"));
            answer.addClassName("big-button");
            check.add(answer);
            add(check);
        }
        contributed.stream()
                .sorted(Comparator.comparingInt(TodaySection::order))
                .forEach(section -> section.create().ifPresent(this::add));

        Div status = card("plan-card");
        if (!today.hasProgram()) {
            status.add(
                    new H2(getTranslation("logging.today.no-program-title")),
                    new Paragraph(getTranslation("logging.today.no-program-text")));
        } else if (today.paused() && contact != null) {
            status.add(
                    new H2(getTranslation("logging.today.paused-title")),
                    new Paragraph(getTranslation("logging.today.paused-text")),
                    SafetyAdvice.contact(contact));
        } else if (plan == null) {
            status.add(
                    new H2(getTranslation("logging.today.rest-title")),
                    new Paragraph(getTranslation("logging.today.rest-text")));
        } else {
            status.add(planCard(
                    plan,
                    today,
                    translations.textsOf(
                            plan.exercises().stream()
                                    .map(DayPlan.Item::exercise)
                                    .toList(),
                            getLocale())));
        }
        add(status);
    }

    private static Div planCard(DayPlan plan, TodayOverview today, Map<Long, ExerciseText> texts) {
        Div content = new Div();
        content.add(new H2(LogUi.t("logging.today.plan-title", plan.phaseName())));
        content.add(
                new Paragraph(LogUi.t("logging.today.walks", plan.walks(), plan.minutesPerWalk(), today.walksDone())));
        if (plan.stretchSessions() > 0) {
            content.add(new Paragraph(LogUi.t(
                    plan.warmUpMinutes() > 0 ? "logging.today.stretches-warm-up" : "logging.today.stretches",
                    plan.stretchSessions(),
                    today.stretchSessionsDone(),
                    plan.warmUpMinutes())));
            content.add(exerciseList(plan, today, texts));
        }
        return content;
    }

    /**
     * The planned exercises, read-only: drawn by the browser from one piece of HTML, not a component
     * per name, picture and paragraph held in the session (the page a patient opens most).
     */
    private static Html exerciseList(DayPlan plan, TodayOverview today, Map<Long, ExerciseText> texts) {
        StringBuilder html = new StringBuilder("<ul class=\"plan-exercises\">");
        for (DayPlan.Item item : plan.exercises()) {
            ExerciseText text = texts.get(item.exercise().getId());
            html.append("<li><span class=\"exercise-name\">")
                    .append(escape(text.name()))
                    .append("</span>");
            if (!item.dose().isEmpty()) {
                html.append("<span class=\"exercise-dose\"> · ")
                        .append(escape(item.dose()))
                        .append("</span>");
            }
            html.append("<p class=\"exercise-gist\">")
                    .append(escape(LogUi.shortInstruction(text.instructions())))
                    .append("</p>")
                    .append(ExerciseVisuals.markup(
                            item.exercise().getCode(), item.exercise().getId(), text.name()))
                    .append(LogUi.howToMarkup(text.instructions(), text.cautions()));
            if (today.tooUncomfortableLastTime().contains(item.exercise().getId())) {
                html.append("<p class=\"warm-up-tip\">")
                        .append(escape(LogUi.t(
                                "logging.today.too-uncomfortable-tip", Math.max(plan.warmUpMinutes(), 20) + 10)))
                        .append("</p>");
            }
            html.append("</li>");
        }
        return new Html(html.append("</ul>").toString());
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }

    private static Div streak(int days) {
        Div streak = card("streak-card");
        Span number = new Span(String.valueOf(days));
        number.addClassName("streak-number");
        streak.add(number, new Span(LogUi.t("logging.today.streak", days)));
        if (days == 0) {
            streak.add(new Paragraph(LogUi.t("logging.today.streak-start")));
        }
        return streak;
    }

    private static Div done(TodayOverview today) {
        Div done = card("done-card");
        done.add(new H2(LogUi.t("logging.today.done-title")));
        if (today.done().isEmpty()) {
            done.add(new Paragraph(LogUi.t("logging.today.nothing-done")));
        } else {
            UnorderedList list = new UnorderedList();
            for (LoggedSession s : today.done()) {
                list.add(new ListItem(LogUi.summary(s)));
            }
            done.add(list);
        }
        return done;
    }

    private static Div card(String className) {
        Div card = new Div();
        card.addClassNames("card", className);
        return card;
    }
}
