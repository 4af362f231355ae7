package org.upright.shell;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.time.DateTimeException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.upright.base.ConflictException;
import org.upright.base.InvalidInputException;
import org.upright.base.MessageBundles;
import org.upright.base.NotFoundException;
import org.upright.base.ServiceErrors;

/**
 * Any error a view did not handle is told to the user in plain words, never as a stack trace
 * and never silently; the page stays as it was, so what they typed is kept.
 */
@Component
class MainErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    private final MessageBundles bundles;

    MainErrorHandler(MessageBundles bundles) {
        this.bundles = bundles;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(handler(bundles)));
    }

    static ErrorHandler handler(MessageBundles bundles) {
        return (ErrorEvent error) -> {
            UI current = UI.getCurrent();
            Locale locale = current == null ? Locale.ENGLISH : current.getLocale();
            if (refusedAtField(error, bundles.text(locale, UNREADABLE))) {
                return;
            }
            String key = keyFor(error.getThrowable());
            String message =
                    key == null ? messageFor(error.getThrowable(), bundles, locale) : bundles.text(locale, key);
            if (UNEXPECTED.equals(key)) {
                // the exception type and stack only: patient values stay out of the log
                log.error(
                        "Unexpected error in the UI: {}",
                        error.getThrowable().getClass().getName(),
                        error.getThrowable());
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> {
                    Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
                    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                });
            }
        };
    }

    static final String UNREADABLE = "shell.error.unreadable";

    /**
     * A value a field could not take from the browser (a forged date or an unknown choice): the field
     * shows an error, and the log gets one short line without the value or a stack trace.
     */
    private static boolean refusedAtField(ErrorEvent error, String unreadable) {
        com.vaadin.flow.component.Component component = error.getComponent().orElse(null);
        if (!(component instanceof HasValue<?, ?>)
                || !(component instanceof HasValidation field)
                || !isUnreadableValue(error.getThrowable())) {
            return false;
        }
        log.warn(
                "Refused a value the browser sent for a {} ({})",
                component.getClass().getSimpleName(),
                rootCause(error.getThrowable()).getClass().getSimpleName());
        field.setErrorMessage(unreadable);
        field.setInvalid(true);
        return true;
    }

    private static boolean isUnreadableValue(Throwable throwable) {
        Throwable root = rootCause(throwable);
        if (root instanceof InvalidInputException
                || root instanceof ConflictException
                || root instanceof NotFoundException
                || root instanceof AccessDeniedException
                || root instanceof DataAccessException) {
            return false;
        }
        return root instanceof DateTimeException
                || root instanceof IllegalArgumentException
                || root instanceof IllegalStateException
                || root instanceof ClassCastException
                || root instanceof NullPointerException
                || root instanceof IndexOutOfBoundsException
                || root instanceof UnsupportedOperationException
                || root.getClass().getName().contains("Json")
                || root.getClass().getName().contains("jackson");
    }

    private static Throwable rootCause(Throwable throwable) {
        Throwable root = throwable;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    static final String UNEXPECTED = "shell.error.unexpected";

    /** What to tell the user about an error, in their language. */
    static String messageFor(Throwable throwable, MessageBundles bundles, Locale locale) {
        String key = keyFor(throwable);
        if (key != null) {
            return bundles.text(locale, key);
        }
        for (Throwable cause = throwable; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidInputException || cause instanceof ConflictException) {
                return ServiceErrors.text(bundles, locale, (RuntimeException) cause);
            }
        }
        return bundles.text(locale, UNEXPECTED);
    }

    // the message key of an error the app words itself; null for a service's own message
    private static @Nullable String keyFor(Throwable throwable) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidInputException || cause instanceof ConflictException) {
                return null;
            }
            if (cause instanceof OptimisticLockingFailureException) {
                return "shell.error.conflict";
            }
            if (cause instanceof NotFoundException || cause instanceof AccessDeniedException) {
                return "shell.error.not-found";
            }
        }
        return UNEXPECTED;
    }
}
