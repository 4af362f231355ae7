package org.upright.outcome.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import org.upright.base.NotFoundException;
import org.upright.logging.TodaySection;
import org.upright.outcome.DueQuestionnaire;
import org.upright.outcome.OutcomeService;
import org.upright.outcome.QuestionnaireResponse;

/** On Today, one card per questionnaire the patient is asked to answer, until it is sent. */
@org.springframework.stereotype.Component
class DueCards implements TodaySection {

    private final OutcomeService outcomes;

    DueCards(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> create() {
        List<DueQuestionnaire> due;
        try {
            due = outcomes.dueForMe();
        } catch (NotFoundException noPatient) {
            return Optional.empty();
        }
        if (due.isEmpty()) {
            return Optional.empty();
        }
        Div cards = new Div();
        cards.addClassName("questionnaires-due");
        for (DueQuestionnaire d : due) {
            cards.add(card(d));
        }
        return Optional.of(cards);
    }

    private Div card(DueQuestionnaire d) {
        Div card = new Div();
        card.addClassNames("card", "questionnaire-card");
        card.getElement().setAttribute("data-questionnaire", d.questionnaire().code());
        H3 title = new H3(d.questionnaire().title(Words.locale()));
        // the questionnaire's own title is clinic content, translated as data with an English fallback
        title.addClassName("questionnaire-title");
        Paragraph why = new Paragraph(
                d.draftId() != null
                        ? card.getTranslation("outcome.today.draft")
                        : card.getTranslation(
                                "outcome.today.due",
                                Words.occasion(card, d.occasion()),
                                Words.day(Words.locale(), d.dueOn())));
        // the click keeps only the two keys, not the whole questionnaire, for as long as the page is open
        String code = d.questionnaire().code();
        String occasion = d.occasion().key();
        Button answer = new Button(
                card.getTranslation(d.draftId() != null ? "outcome.today.continue" : "outcome.today.answer"), e -> {
                    QuestionnaireResponse draft = outcomes.open(code, occasion);
                    UI.getCurrent().navigate("questionnaire/" + draft.id());
                });
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.addClassName("big-button");
        card.add(title, why, answer);
        return card;
    }
}
