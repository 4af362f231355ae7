package org.upright.outcome.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.upright.outcome.ChangeVerdict;
import org.upright.outcome.OutcomeService;
import org.upright.outcome.Questionnaire;
import org.upright.outcome.ScorePoint;
import org.upright.outcome.ScoreSeries;
import org.upright.patient.Patient;
import org.upright.patient.PatientSection;

/** The patient's own questionnaire results on their History page, in plain words rather than figures alone. */
@org.springframework.stereotype.Component
class OwnProgressSection implements PatientSection {

    private final OutcomeService outcomes;

    OwnProgressSection(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public boolean shownOn(Place place) {
        return place == Place.OWN_HISTORY;
    }

    @Override
    public Component create(Patient patient) {
        Div section = new Div();
        section.addClassNames("card", "own-outcomes");
        section.add(new H3(section.getTranslation("outcome.own.title")));
        var progress = outcomes.progress(patient.getId());
        if (progress.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("outcome.own.none")));
        }
        for (ScoreSeries series : progress) {
            section.add(new Paragraph(words(section, series)));
        }
        return section;
    }

    private static String words(Div c, ScoreSeries series) {
        Questionnaire q = series.questionnaire();
        String title = q.title(Words.locale());
        ScorePoint latest = null;
        for (ScorePoint p : series.points()) {
            if (p.score() != null) {
                latest = p;
            }
        }
        if (latest == null) {
            return c.getTranslation("outcome.own.not-scored", title);
        }
        if (q.ratesChange()) {
            return c.getTranslation("outcome.own.answered", title, Words.day(Words.locale(), latest.answeredOn()));
        }
        if (series.change() == null) {
            return c.getTranslation("outcome.own.first", title, Words.score(c, q, latest.score()));
        }
        String key = series.change().verdict() == ChangeVerdict.IMPROVED
                ? "outcome.own.better"
                : series.change().verdict() == ChangeVerdict.WORSENED ? "outcome.own.worse" : "outcome.own.same";
        return c.getTranslation(
                key,
                title,
                Words.score(c, q, series.change().baseline()),
                Words.score(c, q, series.change().latest()));
    }
}
