package org.upright.shell;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.server.ErrorEvent;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.upright.base.InvalidInputException;
import org.upright.base.MessageBundles;
import org.upright.base.NotFoundException;

class MainErrorHandlerTest {

    private static final MessageBundles BUNDLES = new MessageBundles();

    private static String messageFor(Throwable throwable) {
        return MainErrorHandler.messageFor(throwable, BUNDLES, Locale.ENGLISH);
    }

    @Test
    void a_database_error_is_told_in_plain_words_without_details() {
        String message = messageFor(
                new RuntimeException(new DataIntegrityViolationException("Data too long for column 'note' at row 1")));
        assertThat(message)
                .startsWith("Something went wrong and nothing was saved")
                .doesNotContain("column");
    }

    @Test
    void a_lost_update_is_told_as_a_conflict() {
        String message = messageFor(new ObjectOptimisticLockingFailureException("Prescription", 1L));
        assertThat(message).contains("Someone else saved this");
    }

    @Test
    void refused_input_and_forged_ids_keep_their_own_messages_in_the_readers_language() {
        InvalidInputException refused = new InvalidInputException("minutes", "logging.error.minutes", 240);
        assertThat(messageFor(refused)).isEqualTo("Enter how many minutes you walked, from 1 to 240.");
        assertThat(MainErrorHandler.messageFor(refused, BUNDLES, Locale.GERMAN))
                .isEqualTo("Geben Sie ein, wie viele Minuten Sie gegangen sind, von 1 bis 240.");
        assertThat(messageFor(new RuntimeException(new NotFoundException()))).isEqualTo("Not found or not allowed.");
    }

    @Test
    void a_forged_value_for_a_date_picker_or_checkbox_group_becomes_a_field_error_and_one_short_log_line() {
        Logger logger = (Logger) LoggerFactory.getLogger(MainErrorHandler.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            String forged = "<img src=x onerror=alert(1)>2026-13-45";
            DatePicker date = new DatePicker("Date");
            MainErrorHandler.handler(BUNDLES)
                    .error(new ErrorEvent(
                            new RuntimeException(
                                    new DateTimeParseException("Text '" + forged + "' could not be parsed", forged, 0)),
                            date.getElement().getNode()));
            CheckboxGroup<String> tags = new CheckboxGroup<>("Tags");
            MainErrorHandler.handler(BUNDLES)
                    .error(new ErrorEvent(
                            new IllegalStateException("Unknown key " + forged),
                            tags.getElement().getNode()));

            assertThat(date.isInvalid()).isTrue();
            assertThat(date.getErrorMessage()).isEqualTo(BUNDLES.text(Locale.ENGLISH, MainErrorHandler.UNREADABLE));
            assertThat(tags.isInvalid()).isTrue();
            assertThat(logged.list).hasSize(2).allSatisfy(event -> {
                assertThat(event.getThrowableProxy()).as("stack trace").isNull();
                assertThat(event.getFormattedMessage()).doesNotContain(forged).doesNotContain("\n");
            });
        } finally {
            logger.detachAppender(logged);
        }
    }
}
