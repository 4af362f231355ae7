package org.upright.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.base.InvalidInputException;
import org.upright.program.ProgramService;

@IntegrationTest
class RedFlagIT {

    @Autowired
    RedFlagService redFlags;

    @Autowired
    LoggingService logging;

    @Autowired
    TodayService todayService;

    @Autowired
    ProgramService programs;

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_yes_pauses_the_program_and_raises_a_critical_alert_for_the_patients_therapist() {
        LoggingTestSetup.Made p = setup.patient(2, Set.of());
        assertThat(accounts.as(p.patientAccount(), () -> redFlags.checkDue())).isTrue();

        RedFlagResult result = accounts.as(p.patientAccount(), () -> redFlags.answer(answers(RedFlagQuestion.CHEST)));

        assertThat(result.anyYes()).isTrue();
        assertThat(result.emergency()).isTrue();
        assertThat(result.programPaused()).isTrue();
        assertThat(jdbc.queryForObject("SELECT status FROM program WHERE patient_id = ?", String.class, p.patientId()))
                .isEqualTo("PAUSED");
        TodayOverview today = accounts.as(p.patientAccount(), () -> todayService.today());
        assertThat(today.paused()).isTrue();
        assertThat(today.plan()).as("nothing is prescribed while paused").isNull();

        var alerts = jdbc.queryForList("""
            SELECT a.severity, a.rule_code, a.message, p.therapist_id FROM alert a JOIN patient p ON p.id = a.patient_id
            WHERE a.patient_id = ? AND a.acknowledged_at IS NULL""", p.patientId());
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0))
                .containsEntry("severity", "CRITICAL")
                .containsEntry("rule_code", "RED_FLAG")
                .containsEntry("therapist_id", p.therapist().getId());
        assertThat((String) alerts.get(0).get("message")).contains("chest pain");
        assertThat(jdbc.queryForObject(
                        "SELECT any_yes FROM red_flag_check WHERE id = ?", Boolean.class, result.checkId()))
                .isTrue();
        assertThat(accounts.as(p.patientAccount(), () -> redFlags.checkDue())).isFalse();
    }

    @Test
    void all_no_stores_the_check_and_changes_nothing_else() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        RedFlagResult result = accounts.as(p.patientAccount(), () -> redFlags.answer(answers()));

        assertThat(result.anyYes()).isFalse();
        assertThat(result.programPaused()).isFalse();
        assertThat(jdbc.queryForObject("SELECT status FROM program WHERE patient_id = ?", String.class, p.patientId()))
                .isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM alert WHERE patient_id = ?", Integer.class, p.patientId()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT answers FROM red_flag_check WHERE id = ?", String.class, result.checkId()))
                .contains("CHEST=no");
    }

    @Test
    void a_yes_without_a_program_still_raises_the_alert() {
        LoggingTestSetup.Made p = setup.patient(0, Set.of());
        RedFlagResult result = accounts.as(
                p.patientAccount(),
                () -> redFlags.answer(answers(RedFlagQuestion.NERVES, RedFlagQuestion.FALL_OR_INJURY)));
        assertThat(result.programPaused()).isFalse();
        assertThat(result.emergency()).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM alert WHERE patient_id = ? AND severity = 'CRITICAL'",
                        Integer.class,
                        p.patientId()))
                .isEqualTo(1);
    }

    @Test
    void every_question_needs_an_answer_and_only_patients_answer() {
        LoggingTestSetup.Made p = setup.patient(1, Set.of());
        Map<RedFlagQuestion, Boolean> partial = answers();
        partial.remove(RedFlagQuestion.BALANCE_BLADDER_BOWEL);
        assertThatThrownBy(() -> accounts.as(p.patientAccount(), () -> redFlags.answer(partial)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        ex -> assertThat(ex.fieldErrors()).containsOnlyKeys("BALANCE_BLADDER_BOWEL"));
        assertThatThrownBy(() -> accounts.as(p.therapist(), () -> redFlags.answer(answers())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM red_flag_check WHERE patient_id = ?", Integer.class, p.patientId()))
                .isZero();
    }

    private static Map<RedFlagQuestion, Boolean> answers(RedFlagQuestion... yes) {
        Map<RedFlagQuestion, Boolean> answers = new EnumMap<>(RedFlagQuestion.class);
        for (RedFlagQuestion q : RedFlagQuestion.values()) {
            answers.put(q, Set.of(yes).contains(q));
        }
        return answers;
    }
}
