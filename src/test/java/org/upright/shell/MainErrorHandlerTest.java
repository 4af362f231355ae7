package org.upright.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.upright.base.InvalidInputException;
import org.upright.base.NotFoundException;

class MainErrorHandlerTest {

    @Test
    void a_database_error_is_told_in_plain_words_without_details() {
        String message = MainErrorHandler.messageFor(
                new RuntimeException(new DataIntegrityViolationException("Data too long for column 'note' at row 1")));
        assertThat(message)
                .startsWith("Something went wrong and nothing was saved")
                .doesNotContain("column");
    }

    @Test
    void a_lost_update_is_told_as_a_conflict() {
        String message = MainErrorHandler.messageFor(new ObjectOptimisticLockingFailureException("Prescription", 1L));
        assertThat(message).contains("Someone else saved this");
    }

    @Test
    void refused_input_and_forged_ids_keep_their_own_messages() {
        assertThat(MainErrorHandler.messageFor(new InvalidInputException("minutes", "Enter 1 to 240 minutes.")))
                .isEqualTo("Enter 1 to 240 minutes.");
        assertThat(MainErrorHandler.messageFor(new RuntimeException(new NotFoundException())))
                .isEqualTo("Not found or not allowed.");
    }
}
