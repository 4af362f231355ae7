package org.upright.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The three shipped instruments as V62 seeds them (shape and rules; the words do not matter to scoring). */
final class Instruments {

    private Instruments() {}

    static Questionnaire disabilityIndex() {
        List<QuestionnaireItem> items = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            List<AnswerOption> options = new ArrayList<>();
            for (int v = 0; v <= 5; v++) {
                options.add(new AnswerOption(v, "option " + v));
            }
            items.add(new QuestionnaireItem(i, "item" + i, "Item " + i, 0, 5, options));
        }
        return new Questionnaire(
                1,
                "NECK_DISABILITY",
                1,
                "Disability",
                null,
                ScoringRule.SUM,
                0,
                50,
                false,
                7.5,
                1,
                true,
                false,
                null,
                null,
                false,
                true,
                true,
                items,
                Map.of());
    }

    static Questionnaire functionalScale() {
        QuestionnaireItem item = new QuestionnaireItem(
                1,
                "activity",
                "How well?",
                0,
                10,
                List.of(new AnswerOption(0, "Unable"), new AnswerOption(10, "As before")));
        return new Questionnaire(
                2,
                "PSFS",
                1,
                "PSFS",
                null,
                ScoringRule.MEAN,
                0,
                10,
                true,
                2.0,
                1,
                false,
                true,
                3,
                5,
                false,
                false,
                true,
                List.of(item),
                Map.of());
    }

    static Questionnaire globalChange() {
        List<AnswerOption> options = new ArrayList<>();
        for (int v = -3; v <= 3; v++) {
            options.add(new AnswerOption(v, "option " + v));
        }
        QuestionnaireItem item = new QuestionnaireItem(1, "change", "Compared with the start?", -3, 3, options);
        return new Questionnaire(
                3,
                "GLOBAL_CHANGE",
                1,
                "Change",
                null,
                ScoringRule.SINGLE,
                -3,
                3,
                true,
                null,
                0,
                false,
                false,
                null,
                null,
                true,
                false,
                true,
                List.of(item),
                Map.of());
    }

    /** Answers to the disability index's items 1..n in order; null = unanswered. */
    static List<Answer> index(Integer... values) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            answers.add(new Answer(i + 1, "item" + (i + 1), null, values[i]));
        }
        return answers;
    }

    /** Named activities with their ratings; null = not rated. */
    static List<Answer> activities(Object... nameThenRating) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < nameThenRating.length; i += 2) {
            answers.add(new Answer(i / 2 + 1, "activity", (String) nameThenRating[i], (Integer) nameThenRating[i + 1]));
        }
        return answers;
    }
}
