package org.upright.logging.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
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
import org.upright.security.Role;

/** The patient's landing page: today's plan, what is done, the streak, and one tap to log. */
@Route("today")
@PageTitle("Today · Upright")
@Menu(title = "Today", order = 10, icon = "vaadin:sun-o")
@RolesAllowed(Role.PATIENT_ROLE)
class TodayView extends VerticalLayout {

    TodayView(
            TodayService todayService,
            RedFlagService redFlags,
            ClinicSettingsService clinic,
            List<TodaySection> contributed) {
        addClassName("patient-view");
        add(new H2("Today"));
        TodayOverview today;
        try {
            today = todayService.today();
        } catch (NotFoundException ex) {
            // a patient login whose patient record is missing or archived away: say so instead of failing
            add(new Paragraph("We could not find your program. Please contact your clinic."));
            return;
        }
        DayPlan plan = today.plan();
        List<RedFlagQuestion> concerns = redFlags.standingConcerns();
        ClinicContact contact = today.paused() || !concerns.isEmpty() ? clinic.current() : null;
        if (contact != null && !concerns.isEmpty()) {
            // the same words as the check's result: coming back here must not make the advice sound milder
            add(SafetyAdvice.redFlags(
                    concerns,
                    contact,
                    "Your program is paused after your safety check. Please "
                            + "do not continue the exercises until you have spoken with your therapist."));
        }

        Span date = new Span(LogUi.day(today.today()));
        date.addClassName("today-date");
        add(date);
        Button logWalk = new Button("Log a walk", e -> UI.getCurrent().navigate("log-walk"));
        logWalk.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        logWalk.addClassName("big-button");
        add(logWalk);
        if (plan != null && plan.stretchSessions() > 0) {
            Button logStretches =
                    new Button("Log stretches", e -> UI.getCurrent().navigate("log-stretches"));
            logStretches.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            logStretches.addClassName("big-button");
            add(logStretches);
        }
        add(done(today));
        add(streak(today.streak()));

        if (redFlags.checkDue()) {
            Div check = card("safety-check-card");
            check.add(
                    new H3("Weekly safety check"),
                    new Paragraph("A few quick yes-or-no questions about warning signs. It takes under a minute."));
            Button answer =
                    new Button("Answer the safety check", e -> UI.getCurrent().navigate("red-flags"));
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
                    new H3("No program yet"),
                    new Paragraph("Your therapist has not set up your program yet. "
                            + "Until then, a relaxed walk is always a good idea, and you can log it here."));
        } else if (today.paused() && contact != null) {
            status.add(
                    new H3("Your program is paused"),
                    new Paragraph("Please speak with your therapist before you "
                            + "start again. Nothing is planned while the program is paused."),
                    SafetyAdvice.contact(contact));
        } else if (plan == null) {
            status.add(
                    new H3("Rest day"),
                    new Paragraph("Nothing is planned for today. Enjoy the rest; a gentle "
                            + "walk is still welcome if you feel like it."));
        } else {
            status.add(planCard(plan, today));
        }
        add(status);
    }

    private static Div planCard(DayPlan plan, TodayOverview today) {
        Div content = new Div();
        content.add(new H3("Your plan: " + plan.phaseName()));
        content.add(new Paragraph(plural(plan.walks(), "walk") + " of " + plan.minutesPerWalk()
                + " minutes at a relaxed pace. Done: " + today.walksDone() + " of " + plan.walks() + "."));
        if (plan.stretchSessions() > 0) {
            content.add(new Paragraph(plural(plan.stretchSessions(), "stretch session")
                    + (plan.warmUpMinutes() > 0
                            ? ", each after a " + plan.warmUpMinutes() + "-minute warm-up walk"
                            : "")
                    + ". Done: " + today.stretchSessionsDone() + " of " + plan.stretchSessions() + "."));
            UnorderedList list = new UnorderedList();
            list.addClassName("plan-exercises");
            for (DayPlan.Item item : plan.exercises()) {
                ListItem li = new ListItem();
                Span name = new Span(item.exercise().getName());
                name.addClassName("exercise-name");
                li.add(name);
                if (!item.dose().isEmpty()) {
                    li.add(new Span(" · " + item.dose()));
                }
                li.add(new Paragraph(LogUi.shortInstruction(item.exercise().getInstructions())));
                li.add(ExerciseVisuals.of(
                        item.exercise().getCode(),
                        item.exercise().getId(),
                        item.exercise().getName()));
                li.add(LogUi.howTo(
                        item.exercise().getInstructions(), item.exercise().getCautions()));
                if (today.tooUncomfortableLastTime().contains(item.exercise().getId())) {
                    Paragraph tip = new Paragraph("Last time this one was too uncomfortable. Try a longer warm-up "
                            + "walk first (about " + (Math.max(plan.warmUpMinutes(), 20) + 10) + " minutes), then go "
                            + "gently.");
                    tip.addClassName("warm-up-tip");
                    li.add(tip);
                }
                list.add(li);
            }
            content.add(list);
        }
        return content;
    }

    private static Div streak(int days) {
        Div streak = card("streak-card");
        Span number = new Span(String.valueOf(days));
        number.addClassName("streak-number");
        streak.add(number, new Span(days == 1 ? " day in a row with activity" : " days in a row with activity"));
        if (days == 0) {
            streak.add(new Paragraph("Log a walk today to start a streak."));
        }
        return streak;
    }

    private static Div done(TodayOverview today) {
        Div done = card("done-card");
        done.add(new H3("Done today"));
        if (today.done().isEmpty()) {
            done.add(new Paragraph("Nothing logged yet today."));
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

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
