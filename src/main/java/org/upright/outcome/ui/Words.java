package org.upright.outcome.ui;

import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.upright.outcome.ChangeVerdict;
import org.upright.outcome.NotScored;
import org.upright.outcome.Occasion;
import org.upright.outcome.Questionnaire;
import org.upright.outcome.ScoreChange;

/** The outcome screens' shared wording: scores, days, occasions, verdicts, all through the outcome bundle. */
final class Words {

    private Words() {}

    /** The signed-in user's language, as Vaadin chose it for the page. */
    static Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    static String number(Locale locale, double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    static String day(Locale locale, LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(day);
    }

    /** "23 of 50 (46 %)" or "5 of 10". */
    static String score(Component c, Questionnaire q, double score) {
        Locale locale = locale();
        String base = c.getTranslation("outcome.score.of", number(locale, score), number(locale, q.maxScore()));
        return q.showPercent()
                ? c.getTranslation("outcome.score.with-percent", base, number(locale, q.percent(score)))
                : base;
    }

    /** Why a questionnaire is asked, in the patient's words ("in week 4 of your program"). */
    static String occasion(Component c, Occasion occasion) {
        return occasion(c, occasion, "outcome.occasion.");
    }

    /** Why a questionnaire is asked, in the therapist's words ("week 4"). */
    static String occasionForStaff(Component c, Occasion occasion) {
        return occasion(c, occasion, "outcome.section.occasion.");
    }

    private static String occasion(Component c, Occasion occasion, String prefix) {
        return switch (occasion.kind()) {
            case START -> c.getTranslation(prefix + "start");
            case PERIODIC -> c.getTranslation(prefix + "week", occasion.week());
            case END -> c.getTranslation(prefix + "end");
            case REQUEST -> c.getTranslation(prefix + "request");
        };
    }

    static String notScored(Component c, Questionnaire q, @Nullable NotScored reason, int missing) {
        if (reason == NotScored.TOO_MANY_MISSING) {
            return c.getTranslation("outcome.not-scored.missing", missing, q.maxMissing());
        }
        return c.getTranslation("outcome.not-scored.none");
    }

    /** The change in words for the therapist: how much, in which direction, and whether it is meaningful. */
    static String change(Component c, Questionnaire q, ScoreChange change) {
        Locale locale = locale();
        String amount = number(locale, Math.abs(change.change()));
        String direction = change.change() > 0
                ? c.getTranslation("outcome.change.higher", amount)
                : change.change() < 0
                        ? c.getTranslation("outcome.change.lower", amount)
                        : c.getTranslation("outcome.change.same");
        String verdict = verdict(c, change.verdict(), q);
        return c.getTranslation("outcome.change.sentence", direction, number(locale, change.baseline()), verdict);
    }

    static String verdict(Component c, ChangeVerdict verdict, Questionnaire q) {
        String mcid = q.mcid() == null ? "" : number(locale(), q.mcid());
        return switch (verdict) {
            case IMPROVED -> c.getTranslation("outcome.verdict.improved", mcid);
            case WORSENED -> c.getTranslation("outcome.verdict.worsened", mcid);
            case NO_MEANINGFUL_CHANGE -> c.getTranslation("outcome.verdict.none", mcid);
            case NO_MCID -> c.getTranslation("outcome.verdict.no-mcid");
        };
    }

    /** A short form for the caseload: "−17, improved". */
    static String shortChange(Component c, ScoreChange change) {
        String signed = (change.change() > 0 ? "+" : change.change() < 0 ? "−" : "")
                + number(locale(), Math.abs(change.change()));
        return switch (change.verdict()) {
            case IMPROVED -> c.getTranslation("outcome.caseload.improved", signed);
            case WORSENED -> c.getTranslation("outcome.caseload.worsened", signed);
            default -> c.getTranslation("outcome.caseload.no-change", signed);
        };
    }
}
