package org.upright.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.upright.outcome.Instruments.activities;
import static org.upright.outcome.Instruments.index;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each instrument's score from hand-worked examples, missing items included, and the MCID decision. */
class ScoringTest {

    @Nested
    class DisabilityIndex {

        final Questionnaire q = Instruments.disabilityIndex();

        @Test
        void all_ten_items_answered_add_up_and_read_as_a_percentage_of_50() {
            // 2+1+3+2+0+1+2+3+2+1 = 17 of 50 = 34 %
            Score score = Scoring.score(q, index(2, 1, 3, 2, 0, 1, 2, 3, 2, 1));
            assertThat(score.value()).isEqualTo(17.0);
            assertThat(score.answered()).isEqualTo(10);
            assertThat(q.percent(score.value())).isEqualTo(34.0);
        }

        @Test
        void one_item_missing_is_prorated_from_the_nine_answered() {
            // 2+1+3+2+0+1+2+3+2 = 16; 16 / (5 x 9) x 50 = 17.777… → 17.78
            Score score = Scoring.score(q, index(2, 1, 3, 2, 0, 1, 2, 3, 2, null));
            assertThat(score.value()).isEqualTo(17.78);
            assertThat(score.missing()).isEqualTo(1);
            assertThat(q.percent(score.value())).isCloseTo(35.56, within(0.001));
        }

        @Test
        void an_item_left_out_of_the_answers_counts_as_missing_like_an_unanswered_one() {
            // nine answers given, item 5 absent: 5+5+5+5+5+5+5+5+5 = 45; 45 / 45 x 50 = 50
            List<Answer> nine = index(5, 5, 5, 5, null, 5, 5, 5, 5, 5).stream()
                    .filter(a -> a.value() != null)
                    .toList();
            assertThat(Scoring.score(q, nine).value()).isEqualTo(50.0);
        }

        @Test
        void two_items_missing_give_no_score_and_say_why() {
            Score score = Scoring.score(q, index(2, 1, 3, 2, 0, 1, 2, 3, null, null));
            assertThat(score.computed()).isFalse();
            assertThat(score.reason()).isEqualTo(NotScored.TOO_MANY_MISSING);
            assertThat(score.answered()).isEqualTo(8);
        }

        @Test
        void nothing_answered_gives_no_score() {
            assertThat(Scoring.score(q, List.of()).reason()).isEqualTo(NotScored.NO_ANSWER);
        }

        @Test
        void a_fall_of_at_least_7_5_points_is_an_improvement_because_lower_is_better() {
            assertThat(Scoring.change(q, 24, 16).verdict()).isEqualTo(ChangeVerdict.IMPROVED);
            assertThat(Scoring.change(q, 24, 16).change()).isEqualTo(-8.0);
            assertThat(Scoring.change(q, 20, 12.5).verdict()).isEqualTo(ChangeVerdict.IMPROVED);
        }

        @Test
        void a_rise_of_exactly_7_5_points_is_a_meaningful_worsening() {
            assertThat(Scoring.change(q, 20, 27.5).verdict()).isEqualTo(ChangeVerdict.WORSENED);
        }

        @Test
        void a_change_smaller_than_7_5_is_no_meaningful_change_either_way() {
            assertThat(Scoring.change(q, 20, 14).verdict()).isEqualTo(ChangeVerdict.NO_MEANINGFUL_CHANGE);
            assertThat(Scoring.change(q, 20, 27.4).verdict()).isEqualTo(ChangeVerdict.NO_MEANINGFUL_CHANGE);
            // a prorated score: 17.78 to 10.3 is a fall of 7.48, short of 7.5
            assertThat(Scoring.change(q, 17.78, 10.3).verdict()).isEqualTo(ChangeVerdict.NO_MEANINGFUL_CHANGE);
        }
    }

    @Nested
    class FunctionalScale {

        final Questionnaire q = Instruments.functionalScale();

        @Test
        void the_score_is_the_mean_of_the_activities_ratings() {
            // (4 + 5 + 6) / 3 = 5
            Score score = Scoring.score(q, activities("Carrying shopping", 4, "Reading in bed", 5, "Driving", 6));
            assertThat(score.value()).isEqualTo(5.0);
            assertThat(score.asked()).isEqualTo(3);
        }

        @Test
        void a_mean_that_does_not_come_out_even_is_kept_to_two_decimals() {
            // (3 + 4 + 4) / 3 = 3.666… → 3.67
            assertThat(Scoring.score(q, activities("A", 3, "B", 4, "C", 4)).value())
                    .isEqualTo(3.67);
        }

        @Test
        void one_activity_not_rated_gives_the_mean_of_the_rated_ones() {
            // 4 named, 1 unrated: (3 + 5 + 7) / 3 = 5
            Score score = Scoring.score(q, activities("A", 3, "B", null, "C", 5, "D", 7));
            assertThat(score.value()).isEqualTo(5.0);
            assertThat(score.missing()).isEqualTo(1);
        }

        @Test
        void two_activities_not_rated_give_no_score() {
            Score score = Scoring.score(q, activities("A", 3, "B", null, "C", null));
            assertThat(score.reason()).isEqualTo(NotScored.TOO_MANY_MISSING);
        }

        @Test
        void a_slot_without_a_name_is_not_an_activity() {
            assertThat(Scoring.score(q, activities("A", 2, "", 9, "B", 4)).value())
                    .isEqualTo(3.0);
        }

        @Test
        void a_rise_of_2_points_is_an_improvement_a_fall_of_2_a_worsening_because_higher_is_better() {
            assertThat(Scoring.change(q, 3.67, 6).verdict()).isEqualTo(ChangeVerdict.IMPROVED);
            assertThat(Scoring.change(q, 5, 3).verdict()).isEqualTo(ChangeVerdict.WORSENED);
            assertThat(Scoring.change(q, 4, 5.5).verdict()).isEqualTo(ChangeVerdict.NO_MEANINGFUL_CHANGE);
        }
    }

    @Nested
    class GlobalRatingOfChange {

        final Questionnaire q = Instruments.globalChange();

        @Test
        void the_score_is_the_answer() {
            assertThat(Scoring.score(q, List.of(new Answer(1, "change", null, 2)))
                            .value())
                    .isEqualTo(2.0);
            assertThat(Scoring.score(q, List.of(new Answer(1, "change", null, -3)))
                            .value())
                    .isEqualTo(-3.0);
        }

        @Test
        void no_answer_no_score() {
            assertThat(Scoring.score(q, List.of(new Answer(1, "change", null, null)))
                            .reason())
                    .isEqualTo(NotScored.NO_ANSWER);
        }

        @Test
        void it_has_no_mcid_so_no_verdict() {
            assertThat(Scoring.change(q, -1, 3).verdict()).isEqualTo(ChangeVerdict.NO_MCID);
        }
    }
}
