package org.upright.outcome;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One questionnaire's scores over time for a patient, oldest first. The baseline is the first scored
 * response; {@code change} compares the latest scored one with it (null until there are two; never for
 * a questionnaire that rates change, whose answer already is a change).
 */
public record ScoreSeries(
        Questionnaire questionnaire,
        List<ScorePoint> points,
        @Nullable Double baseline,
        @Nullable ScoreChange change) {

    public ScoreSeries {
        points = List.copyOf(points);
    }
}
