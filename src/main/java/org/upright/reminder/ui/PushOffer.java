package org.upright.reminder.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.webpush.WebPush;
import com.vaadin.flow.server.webpush.WebPushSubscription;
import java.util.Optional;
import org.upright.base.InvalidInputException;
import org.upright.reminder.PushService;
import org.upright.reminder.ReminderService;
import org.upright.reminder.ReminderSetting;

/**
 * The offer of reminders as phone notifications (Web Push): once on Today for a patient whose
 * reminders are on, and always on the Reminders page. The browser asks for permission; the
 * subscription it returns is kept for the patient's account.
 */
@org.springframework.stereotype.Component
class PushOffer {

    private final PushService push;
    private final ReminderService reminders;

    PushOffer(PushService push, ReminderService reminders) {
        this.push = push;
        this.reminders = reminders;
    }

    /** The card for Today, while reminders are on and the push offer was not answered yet. */
    Optional<Component> todayCard() {
        ReminderSetting setting = reminders.mine();
        if (!setting.enabled() || setting.pushOfferClosed() || push.anyMine()) {
            return Optional.empty();
        }
        return Optional.of(card(true));
    }

    Component card(boolean onToday) {
        Div card = new Div();
        card.addClassNames("card", "push-offer");
        Paragraph state = new Paragraph(card.getTranslation("reminder.push.text"));
        Button allow = new Button(card.getTranslation("reminder.push.yes"));
        allow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        allow.addClickListener(e -> {
            WebPush webPush = push.webPush();
            UI ui = UI.getCurrent();
            webPush.subscribe(ui, subscription -> ui.access(() -> stored(subscription, state, onToday)));
        });
        Button later = new Button(card.getTranslation("reminder.push.no"), e -> {
            reminders.closePushOffer();
            card.removeFromParent();
        });
        later.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        later.setVisible(onToday);
        card.add(new H3(card.getTranslation("reminder.push.title")), state, allow, later);
        return card;
    }

    private void stored(WebPushSubscription subscription, Paragraph state, boolean onToday) {
        try {
            push.subscribeMine(
                    subscription.endpoint(),
                    subscription.keys().p256dh(),
                    subscription.keys().auth());
            if (onToday) {
                reminders.closePushOffer();
            }
            state.setText(state.getTranslation("reminder.push.on"));
        } catch (InvalidInputException refused) {
            Notification.show(state.getTranslation("reminder.push.failed"));
        }
    }
}
