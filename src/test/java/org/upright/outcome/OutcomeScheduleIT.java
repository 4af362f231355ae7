package org.upright.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.base.ConflictException;
import org.upright.base.NotFoundException;
import org.upright.logging.LoggingTestSetup;
import org.upright.program.ProgramService;
import org.upright.security.UserAccount;

/**
 * The schedule on the real database: what is due (the standard schedule of a program that started 30
 * days ago: week 4, due two days ago), answering late, drafts kept, nothing while paused, a therapist's
 * request, the therapist's own choice; and who may do what.
 */
@IntegrationTest
class OutcomeScheduleIT {

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    TestAccounts accounts;

    @Autowired
    OutcomeService outcomes;

    @Autowired
    ProgramService programs;

    @Autowired
    Clock clock;

    @Autowired
    org.upright.admin.AdminService adminService;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void the_three_instruments_are_stored_as_data_with_their_rules_and_texts_in_three_languages() {
        LoggingTestSetup.Made p = setup.patient(0, Set.of());
        List<Questionnaire> all = accounts.as(p.therapist(), () -> outcomes.questionnaires());
        assertThat(all).extracting(Questionnaire::code).containsExactly("NECK_DISABILITY", "PSFS", "GLOBAL_CHANGE");
        Questionnaire index = all.get(0);
        assertThat(index.items())
                .hasSize(10)
                .allSatisfy(i -> assertThat(i.options()).hasSize(6));
        assertThat(index.scoring()).isEqualTo(ScoringRule.SUM);
        assertThat(index.mcid()).isEqualTo(7.5);
        assertThat(index.higherIsBetter()).isFalse();
        assertThat(index.maxMissing()).isEqualTo(1);
        assertThat(index.mainMeasure()).isTrue();
        assertThat(index.title(java.util.Locale.GERMAN)).isEqualTo("Behinderungsindex Nacken und oberer Rücken");
        QuestionnaireItem sleep = index.items().get(8);
        assertThat(index.optionText(sleep, sleep.options().get(0), java.util.Locale.of("es")))
                .isEqualTo("Duermo sin problemas");
        // a language without texts falls back to English
        assertThat(index.itemText(sleep, java.util.Locale.FRENCH)).isEqualTo("Sleep");

        Questionnaire scale = all.get(1);
        assertThat(scale.patientNamedItems()).isTrue();
        assertThat(scale.minNamedItems()).isEqualTo(3);
        assertThat(scale.maxNamedItems()).isEqualTo(5);
        assertThat(scale.mcid()).isEqualTo(2.0);
        Questionnaire change = all.get(2);
        assertThat(change.mcid()).isNull();
        assertThat(change.ratesChange()).isTrue();
        assertThat(change.items().get(0).options())
                .extracting(AnswerOption::value)
                .containsExactly(-3, -2, -1, 0, 1, 2, 3);
        assertThat(change.optionText(
                        change.items().get(0), change.items().get(0).options().get(6), java.util.Locale.GERMAN))
                .isEqualTo("Viel besser");
    }

    @Test
    void the_standard_schedule_asks_the_three_questionnaires_from_week_4_and_a_late_answer_clears_it() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        LocalDate today = p.today(clock);
        LocalDate start = today.minusDays(30);

        List<DueQuestionnaire> due = accounts.as(p.patientAccount(), () -> outcomes.dueForMe());
        assertThat(due)
                .extracting(d -> d.questionnaire().code())
                .containsExactlyInAnyOrder("NECK_DISABILITY", "PSFS", "GLOBAL_CHANGE");
        // the start occasion was passed over when week 4 came due; week 4 came due on day 29
        assertThat(due).allSatisfy(d -> {
            assertThat(d.occasion().kind()).isEqualTo(Occasion.Kind.PERIODIC);
            assertThat(d.occasion().week()).isEqualTo(4);
            assertThat(d.dueOn()).isEqualTo(start.plusWeeks(4));
            assertThat(d.draftId()).isNull();
        });

        QuestionnaireResponse sent = accounts.as(p.patientAccount(), () -> {
            QuestionnaireResponse draft = outcomes.open("NECK_DISABILITY", "P" + programId(due) + "-W4");
            return outcomes.complete(draft.id(), draft.rowVersion(), index(2, 1, 3, 2, 0, 1, 2, 3, 2, null));
        });
        assertThat(sent.completed()).isTrue();
        assertThat(sent.answeredOn()).isEqualTo(today).isAfter(sent.dueOn());
        // one item missing: 16 / 45 x 50
        assertThat(sent.score()).isEqualTo(17.78);

        assertThat(accounts.as(p.patientAccount(), () -> outcomes.dueForMe()))
                .extracting(d -> d.questionnaire().code())
                .containsExactlyInAnyOrder("PSFS", "GLOBAL_CHANGE");
        assertThat(accounts.as(p.therapist(), () -> outcomes.due(p.patientId())))
                .extracting(d -> d.questionnaire().code())
                .containsExactlyInAnyOrder("PSFS", "GLOBAL_CHANGE");
        assertThat(accounts.as(p.therapist(), () -> outcomes.answered(p.patientId())))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.questionnaire().code()).isEqualTo("NECK_DISABILITY");
                    assertThat(r.answers()).hasSize(9);
                });
    }

    @Test
    void a_partly_answered_questionnaire_is_kept_as_a_draft_and_resumed_where_the_patient_left_it() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        UserAccount me = p.patientAccount();
        String occasion = "P" + programId(accounts.as(me, () -> outcomes.dueForMe())) + "-W4";

        QuestionnaireResponse draft = accounts.as(me, () -> outcomes.open("PSFS", occasion));
        QuestionnaireResponse saved = accounts.as(
                me,
                () -> outcomes.saveDraft(
                        draft.id(),
                        draft.rowVersion(),
                        List.of(
                                new Answer(1, "activity", "Carrying the shopping", 3),
                                new Answer(2, "activity", "Looking over my shoulder when driving", null),
                                new Answer(3, "activity", "  ", null))));
        assertThat(saved.status()).isEqualTo(ResponseStatus.DRAFT);

        // later, in a new visit: still due, with the draft to resume
        DueQuestionnaire again = accounts.as(me, () -> outcomes.dueForMe()).stream()
                .filter(d -> d.questionnaire().code().equals("PSFS"))
                .findFirst()
                .orElseThrow();
        assertThat(again.draftId()).isEqualTo(draft.id());
        QuestionnaireResponse resumed = accounts.as(me, () -> outcomes.open("PSFS", occasion));
        assertThat(resumed.id()).isEqualTo(draft.id());
        assertThat(resumed.answers())
                .extracting(Answer::label, Answer::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Carrying the shopping", 3),
                        org.assertj.core.groups.Tuple.tuple("Looking over my shoulder when driving", null));

        // a save from an older copy of the page does not overwrite the newer answers
        assertThatThrownBy(() -> accounts.as(me, () -> outcomes.saveDraft(draft.id(), draft.rowVersion(), List.of())))
                .isInstanceOf(ConflictException.class);

        // fewer than three activities cannot be sent
        assertThatThrownBy(() ->
                        accounts.as(me, () -> outcomes.complete(resumed.id(), resumed.rowVersion(), resumed.answers())))
                .hasMessage("outcome.error.too-few-activities");
    }

    @Test
    void the_activities_named_at_baseline_are_asked_again_at_the_next_occasion() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        UserAccount me = p.patientAccount();
        String occasion = "P" + programId(accounts.as(me, () -> outcomes.dueForMe())) + "-W4";
        accounts.as(me, () -> {
            QuestionnaireResponse d = outcomes.open("PSFS", occasion);
            outcomes.complete(d.id(), d.rowVersion(), activities("Lifting a child", 2, "Reading", 4, "Cycling", 3));
        });
        long request = accounts.as(p.therapist(), () -> outcomes.request(p.patientId(), "PSFS"));

        QuestionnaireResponse next = accounts.as(me, () -> outcomes.open("PSFS", "R" + request));
        assertThat(next.answers()).extracting(Answer::label).containsExactly("Lifting a child", "Reading", "Cycling");
        // the names sent back are the baseline's, whatever the page sends
        QuestionnaireResponse sent = accounts.as(
                me,
                () -> outcomes.complete(
                        next.id(), next.rowVersion(), activities("Something else", 6, "Reading", 7, "Cycling", 5)));
        assertThat(sent.answers()).extracting(Answer::label).containsExactly("Lifting a child", "Reading", "Cycling");
        assertThat(sent.score()).isEqualTo(6.0);

        ScoreSeries series = accounts.as(p.therapist(), () -> outcomes.progress(p.patientId())).stream()
                .filter(s -> s.questionnaire().code().equals("PSFS"))
                .findFirst()
                .orElseThrow();
        assertThat(series.baseline()).isEqualTo(3.0);
        assertThat(series.change().change()).isEqualTo(3.0);
        assertThat(series.change().verdict()).isEqualTo(ChangeVerdict.IMPROVED);
    }

    @Test
    void erasure_removes_the_activities_named_in_the_patients_words_and_keeps_the_scores() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        String unique = "Carrying my bike " + System.nanoTime();
        String occasion = "P" + programId(accounts.as(p.patientAccount(), () -> outcomes.dueForMe())) + "-W4";
        accounts.as(p.patientAccount(), () -> {
            QuestionnaireResponse d = outcomes.open("PSFS", occasion);
            outcomes.complete(d.id(), d.rowVersion(), activities(unique, 2, "Reading", 4, "Cycling", 3));
        });
        UserAccount admin = accounts.create(org.upright.security.Role.ADMIN);
        accounts.as(admin, () -> adminService.erase(p.patientId(), "Pat Walker"));

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM questionnaire_answer WHERE label LIKE ?", Integer.class, unique + "%"))
                .isZero();
        assertThat(accounts.as(admin, () -> outcomes.answered(p.patientId())))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.score()).isEqualTo(3.0);
                    assertThat(r.answers()).extracting(Answer::value).containsExactly(2, 4, 3);
                });
    }

    @Test
    void nothing_is_due_while_the_program_is_paused_and_it_is_due_again_after_the_resume() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        LocalDate today = p.today(clock);
        accounts.as(p.therapist(), () -> programs.pause(p.patientId(), today.minusDays(1), "Away for a week"));
        accounts.as(p.therapist(), () -> outcomes.request(p.patientId(), "NECK_DISABILITY"));

        assertThat(accounts.as(p.patientAccount(), () -> outcomes.dueForMe())).isEmpty();
        assertThatThrownBy(() -> accounts.as(p.patientAccount(), () -> outcomes.open("NECK_DISABILITY", "P1-W4")))
                .isInstanceOf(NotFoundException.class);

        accounts.as(p.therapist(), () -> programs.resume(p.patientId(), today));
        assertThat(accounts.as(p.patientAccount(), () -> outcomes.dueForMe()))
                .extracting(d -> d.questionnaire().code() + " " + d.occasion().kind())
                .containsExactlyInAnyOrder(
                        "NECK_DISABILITY PERIODIC",
                        "PSFS PERIODIC",
                        "GLOBAL_CHANGE PERIODIC",
                        "NECK_DISABILITY REQUEST");
    }

    @Test
    void a_therapist_asks_for_a_questionnaire_at_any_time_even_without_a_program() {
        LoggingTestSetup.Made p = setup.patient(0, Set.of());
        assertThat(accounts.as(p.patientAccount(), () -> outcomes.dueForMe())).isEmpty();

        long request = accounts.as(p.therapist(), () -> outcomes.request(p.patientId(), "NECK_DISABILITY"));
        // asking twice before it is answered is one request
        assertThat(accounts.as(p.therapist(), () -> outcomes.request(p.patientId(), "NECK_DISABILITY")))
                .isEqualTo(request);
        List<DueQuestionnaire> due = accounts.as(p.patientAccount(), () -> outcomes.dueForMe());
        assertThat(due).singleElement().satisfies(d -> {
            assertThat(d.occasion().kind()).isEqualTo(Occasion.Kind.REQUEST);
            assertThat(d.dueOn()).isEqualTo(p.today(clock));
        });

        accounts.as(p.patientAccount(), () -> {
            QuestionnaireResponse d = outcomes.open("NECK_DISABILITY", "R" + request);
            outcomes.complete(d.id(), d.rowVersion(), index(4, 4, 4, 4, 4, 4, 4, 4, 4, 4));
        });
        assertThat(accounts.as(p.patientAccount(), () -> outcomes.dueForMe())).isEmpty();

        long second = accounts.as(p.therapist(), () -> outcomes.request(p.patientId(), "NECK_DISABILITY"));
        assertThat(second).isNotEqualTo(request);
        accounts.as(p.patientAccount(), () -> {
            QuestionnaireResponse d = outcomes.open("NECK_DISABILITY", "R" + second);
            outcomes.complete(d.id(), d.rowVersion(), index(3, 3, 3, 2, 2, 2, 2, 2, 2, 2));
        });
        // 40 then 23: a fall of 17 points, past the MCID of 7.5, lower being better
        ScoreChange change = accounts.as(p.therapist(), () -> outcomes.mainChanges(List.of(p.patientId())))
                .get(p.patientId());
        assertThat(change.baseline()).isEqualTo(40.0);
        assertThat(change.latest()).isEqualTo(23.0);
        assertThat(change.verdict()).isEqualTo(ChangeVerdict.IMPROVED);
    }

    @Test
    void the_therapists_choice_replaces_the_standard_schedule() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        OutcomeSchedule standard = accounts.as(p.therapist(), () -> outcomes.schedule(p.patientId()))
                .orElseThrow();
        assertThat(standard.standard()).isTrue();

        OutcomeSchedule chosen = accounts.as(
                p.therapist(),
                () -> outcomes.saveSchedule(
                        p.patientId(), List.of(new ScheduleEntry("NECK_DISABILITY", true, 1, true))));
        assertThat(chosen.standard()).isFalse();
        List<DueQuestionnaire> due = accounts.as(p.patientAccount(), () -> outcomes.dueForMe());
        // every week: day 30 is in week 4 (day 28); the functional scale and the rating of change are off
        assertThat(due).singleElement().satisfies(d -> {
            assertThat(d.questionnaire().code()).isEqualTo("NECK_DISABILITY");
            assertThat(d.occasion().week()).isEqualTo(4);
        });
        assertThatThrownBy(() -> accounts.as(
                        p.therapist(),
                        () -> outcomes.saveSchedule(
                                p.patientId(), List.of(new ScheduleEntry("NECK_DISABILITY", true, 60, true)))))
                .hasMessage("outcome.error.weeks");
    }

    @Test
    void another_therapist_or_patient_gets_not_found_for_a_forged_id() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        LoggingTestSetup.Made other = setup.patient(1, Set.of());
        String occasion = "P" + programId(accounts.as(p.patientAccount(), () -> outcomes.dueForMe())) + "-W4";
        QuestionnaireResponse draft = accounts.as(p.patientAccount(), () -> outcomes.open("NECK_DISABILITY", occasion));

        // the other patient's therapist, about this patient
        UserAccount stranger = other.therapist();
        assertThatThrownBy(() -> accounts.as(stranger, () -> outcomes.due(p.patientId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> outcomes.request(p.patientId(), "NECK_DISABILITY")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> outcomes.schedule(p.patientId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> outcomes.answered(p.patientId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> outcomes.progress(p.patientId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.as(stranger, () -> outcomes.mainChanges(List.of(p.patientId()))))
                .isEmpty();

        // the other patient, with this patient's response id and occasion
        UserAccount intruder = other.patientAccount();
        assertThatThrownBy(() -> accounts.as(intruder, () -> outcomes.mine(draft.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () -> accounts.as(intruder, () -> outcomes.saveDraft(draft.id(), draft.rowVersion(), index(1))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () -> accounts.as(intruder, () -> outcomes.complete(draft.id(), draft.rowVersion(), index(1))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(intruder, () -> outcomes.open("NECK_DISABILITY", occasion)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(intruder, () -> outcomes.answered(p.patientId())))
                .isInstanceOf(NotFoundException.class);
        // a patient cannot ask on behalf of a therapist
        assertThatThrownBy(() -> accounts.as(intruder, () -> outcomes.request(other.patientId(), "PSFS")))
                .isInstanceOf(AccessDeniedException.class);
        // and the draft is untouched
        assertThat(accounts.as(p.patientAccount(), () -> outcomes.mine(draft.id()))
                        .answers())
                .isEmpty();
    }

    private static long programId(List<DueQuestionnaire> due) {
        return due.stream()
                .map(d -> d.occasion().programId())
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseThrow();
    }

    private static List<Answer> index(Integer... values) {
        List<Answer> answers = new ArrayList<>();
        String[] links = {
            "pain",
            "self-care",
            "lifting",
            "reading",
            "headaches",
            "concentrating",
            "work",
            "travel",
            "sleep",
            "leisure"
        };
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                answers.add(new Answer(i + 1, links[i], null, values[i]));
            }
        }
        return answers;
    }

    private static List<Answer> activities(Object... nameThenRating) {
        return Instruments.activities(nameThenRating);
    }
}
