package org.upright.reminder.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.upright.reminder.ReminderService;

/**
 * The one-click unsubscribe of every reminder: opening the link turns reminders off and says so,
 * without sign-in. The signed token is checked by the service; a made-up one changes nothing.
 */
@Route("reminders/off")
@AnonymousAllowed
class UnsubscribeView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("reminder.page-title");
    }

    private final ReminderService reminders;

    UnsubscribeView(ReminderService reminders) {
        this.reminders = reminders;
        setMaxWidth("600px");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String token) {
        removeAll();
        boolean done = reminders.unsubscribe(token);
        Paragraph answer =
                new Paragraph(getTranslation(done ? "reminder.unsubscribe.done" : "reminder.unsubscribe.refused"));
        answer.addClassName(done ? "unsubscribed" : "unsubscribe-refused");
        add(new H2(getTranslation("reminder.unsubscribe.title")), answer);
    }
}
