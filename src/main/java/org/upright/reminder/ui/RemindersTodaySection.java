package org.upright.reminder.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.upright.logging.TodaySection;
import org.upright.reminder.ReminderService;

/** Offers reminders on Today until the patient chooses times or says "not now", once. */
@org.springframework.stereotype.Component
class RemindersTodaySection implements TodaySection {

    private final ReminderService reminders;
    private final PushOffer push;

    RemindersTodaySection(ReminderService reminders, PushOffer push) {
        this.reminders = reminders;
        this.push = push;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Component> create() {
        if (!reminders.offerOpen()) {
            return push.todayCard();
        }
        Div card = new Div();
        card.addClassNames("card", "reminder-offer");
        Button yes = new Button(
                card.getTranslation("reminder.offer.yes"), e -> UI.getCurrent().navigate("reminders"));
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button no = new Button(card.getTranslation("reminder.offer.no"), e -> {
            reminders.declineOffer();
            card.removeFromParent();
        });
        no.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.add(
                new H3(card.getTranslation("reminder.offer.title")),
                new Paragraph(card.getTranslation("reminder.offer.text")),
                yes,
                no);
        return Optional.of(card);
    }
}
