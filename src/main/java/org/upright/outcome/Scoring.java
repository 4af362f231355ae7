package org.upright.outcome;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The scores, by rule type, and whether a change is meaningful. Pure: the same answers always give
 * the same score, and every rule is unit-tested from hand-worked examples (ScoringTest).
 *
 * <ul>
 *   <li>SUM: the sum of the item values. With 1..maxMissing items unanswered, prorated to the full
 *       range: sum ÷ (the answered items' maxima) × (all items' maxima) — for the disability index
 *       total ÷ (5 × answered) × 50. More missing: no score.
 *   <li>MEAN: the mean of the answered items (of the named activities, for the functional scale), if
 *       no more than maxMissing are unanswered.
 *   <li>SINGLE: the answer.
 * </ul>
 */
public final class Scoring {

    /** A change this close to the MCID counts as reaching it (scores are kept to two decimals). */
    private static final double EPSILON = 1e-6;

    private Scoring() {}

    /** The score of a set of answers; for named activities, only answers with a name count as asked. */
    public static Score score(Questionnaire q, List<Answer> answers) {
        List<Answer> asked = q.patientNamedItems()
                ? answers.stream()
                        .filter(a -> a.label() != null && !a.label().isBlank())
                        .toList()
                : itemsOf(q, answers);
        int answered = (int) asked.stream().filter(a -> a.value() != null).count();
        int missing = asked.size() - answered;
        if (answered == 0) {
            return Score.none(NotScored.NO_ANSWER, 0, asked.size());
        }
        if (missing > q.maxMissing()) {
            return Score.none(NotScored.TOO_MANY_MISSING, answered, asked.size());
        }
        return switch (q.scoring()) {
            case SUM -> sum(q, asked, answered);
            case MEAN ->
                Score.of(
                        round(asked.stream()
                                .filter(a -> a.value() != null)
                                .mapToInt(Answer::value)
                                .average()
                                .orElseThrow()),
                        answered,
                        asked.size());
            case SINGLE -> Score.of(asked.get(0).value(), answered, asked.size());
        };
    }

    /** Whether latest − baseline reaches the MCID, and in which direction, by the questionnaire's direction. */
    public static ScoreChange change(Questionnaire q, double baseline, double latest) {
        double change = round(latest - baseline);
        ChangeVerdict verdict;
        if (q.mcid() == null) {
            verdict = ChangeVerdict.NO_MCID;
        } else if (Math.abs(change) + EPSILON < q.mcid()) {
            verdict = ChangeVerdict.NO_MEANINGFUL_CHANGE;
        } else {
            verdict = (change > 0) == q.higherIsBetter() ? ChangeVerdict.IMPROVED : ChangeVerdict.WORSENED;
        }
        return new ScoreChange(baseline, latest, change, verdict);
    }

    private static Score sum(Questionnaire q, List<Answer> asked, int answered) {
        Map<String, QuestionnaireItem> items =
                q.items().stream().collect(Collectors.toMap(QuestionnaireItem::linkId, Function.identity()));
        double total = 0;
        double answeredRange = 0;
        double fullRange = 0;
        for (Answer a : asked) {
            QuestionnaireItem item = items.get(a.linkId());
            double range = item.maxValue() - item.minValue();
            fullRange += range;
            if (a.value() != null) {
                total += a.value() - item.minValue();
                answeredRange += range;
            }
        }
        double score = answered == asked.size() ? total : total / answeredRange * fullRange;
        return Score.of(round(q.minScore() + score), answered, asked.size());
    }

    /** One answer per item of the questionnaire, in item order; items without an answer as unanswered. */
    private static List<Answer> itemsOf(Questionnaire q, List<Answer> answers) {
        Map<String, Answer> byLink =
                answers.stream().collect(Collectors.toMap(Answer::linkId, Function.identity(), (a, b) -> b));
        return q.items().stream()
                .map(item -> {
                    @Nullable Answer a = byLink.get(item.linkId());
                    return a != null ? a : new Answer(item.position(), item.linkId(), null, null);
                })
                .toList();
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
