package org.upright.reminder;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.upright.base.MessageBundles;
import org.upright.mail.MessageTemplate;
import org.upright.mail.PublicLinks;
import org.upright.mail.Recipient;
import org.upright.mail.RenderedMessage;

/**
 * A reminder: which part of today's plan is open (walk, stretches, or the plan), a link to the app and
 * the one-click unsubscribe link. No numbers, ratings or exercises; the first line is also the push text.
 */
@Component
class ReminderTemplate implements MessageTemplate {

    private final MessageBundles bundles;
    private final PublicLinks links;
    private final UnsubscribeTokens tokens;

    ReminderTemplate(MessageBundles bundles, PublicLinks links, UnsubscribeTokens tokens) {
        this.bundles = bundles;
        this.links = links;
        this.tokens = tokens;
    }

    @Override
    public String kind() {
        return ReminderJob.KIND;
    }

    @Override
    public RenderedMessage render(Recipient to, Map<String, String> payload, Locale locale) {
        ReminderPart part = ReminderPart.valueOf(payload.get("part"));
        long patientId = Long.parseLong(payload.get("patient"));
        String today = links.to("today");
        String off = links.to("reminders/off/" + tokens.tokenFor(patientId));
        String line = bundles.text(locale, "reminder.message." + part.name());
        if (Boolean.parseBoolean(payload.get("questionnaire"))) {
            // which questionnaire, and about what, stays in the app
            line += " " + bundles.text(locale, "reminder.message.questionnaire");
        }
        String text = line + "\n\n" + bundles.text(locale, "reminder.message.open", today) + "\n\n"
                + bundles.text(locale, "reminder.message.unsubscribe", off) + "\n";
        String html = "<p>" + htmlEscape(line) + "</p><p><a href=\"" + htmlEscape(today) + "\">"
                + htmlEscape(bundles.text(locale, "reminder.message.open", today)) + "</a></p><p><a href=\""
                + htmlEscape(off) + "\">" + htmlEscape(bundles.text(locale, "reminder.message.unsubscribe", off))
                + "</a></p>";
        return new RenderedMessage(bundles.text(locale, "reminder.message.subject"), text, html, today);
    }
}
