package org.upright.outcome.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.upright.chart.Chart;
import org.upright.chart.ChartSpec;
import org.upright.outcome.Questionnaire;
import org.upright.outcome.ScorePoint;
import org.upright.outcome.ScoreSeries;

/**
 * The therapist's view of the scores: one chart per questionnaire (the scores, the baseline, and the
 * band of baseline ± MCID inside which a change is not meaningful) and the change in words.
 */
class ScoresSection extends Div {

    ScoresSection(List<ScoreSeries> progress) {
        addClassName("outcome-scores");
        add(new H3(getTranslation("outcome.scores.title")));
        if (progress.isEmpty()) {
            add(new Paragraph(getTranslation("outcome.scores.none")));
            return;
        }
        for (ScoreSeries series : progress) {
            add(seriesBlock(series));
        }
    }

    private Div seriesBlock(ScoreSeries series) {
        Questionnaire q = series.questionnaire();
        Div block = new Div();
        block.addClassName("outcome-series");
        block.getElement().setAttribute("data-questionnaire", q.code());
        block.add(new H4(q.title(Words.locale())));
        List<String> labels = new ArrayList<>();
        List<@Nullable Double> values = new ArrayList<>();
        for (ScorePoint p : series.points()) {
            labels.add(Words.day(Words.locale(), p.answeredOn()));
            values.add(p.score());
        }
        ChartSpec spec = ChartSpec.line(labels)
                .series(getTranslation("outcome.scores.score"), values, "#1565c0")
                .range(q.minScore(), q.maxScore())
                .yTitle(getTranslation("outcome.scores.axis", Words.number(Words.locale(), q.maxScore())));
        if (series.baseline() != null) {
            spec.horizontalLine(getTranslation("outcome.scores.baseline"), series.baseline(), "#616161");
            if (q.mcid() != null) {
                spec.band(
                        getTranslation("outcome.scores.band"),
                        Math.max(q.minScore(), series.baseline() - q.mcid()),
                        Math.min(q.maxScore(), series.baseline() + q.mcid()),
                        "#9e9e9e");
            }
        }
        Paragraph words = new Paragraph(summary(series));
        words.addClassName("outcome-change");
        block.add(new Chart(spec, words.getText()), words);
        for (ScorePoint p : series.points()) {
            if (p.score() == null) {
                block.add(new Paragraph(getTranslation(
                        "outcome.scores.not-scored-on",
                        Words.day(Words.locale(), p.answeredOn()),
                        Words.notScored(this, q, p.notScored(), q.maxMissing() + 1))));
            }
        }
        return block;
    }

    private String summary(ScoreSeries series) {
        Questionnaire q = series.questionnaire();
        ScorePoint latest = null;
        for (ScorePoint p : series.points()) {
            if (p.score() != null) {
                latest = p;
            }
        }
        if (latest == null) {
            return getTranslation("outcome.scores.no-score-yet");
        }
        String now = getTranslation(
                "outcome.scores.latest",
                Words.score(this, q, latest.score()),
                Words.day(Words.locale(), latest.answeredOn()));
        if (q.ratesChange()) {
            return now + " " + Words.verdict(this, org.upright.outcome.ChangeVerdict.NO_MCID, q);
        }
        if (series.change() == null) {
            return now + " " + getTranslation("outcome.scores.baseline-only");
        }
        return now + " " + Words.change(this, q, series.change());
    }
}
