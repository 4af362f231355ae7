package org.upright.mail;

import java.util.Locale;
import java.util.Map;

/** Renders the messages of one kind; a bean of whichever module owns the kind. */
public interface MessageTemplate {

    String kind();

    /**
     * Called at send time, once per attempt, outside any transaction. No health data may go into the
     * result. Throwing counts as a failed attempt.
     */
    RenderedMessage render(Recipient to, Map<String, String> payload, Locale locale);
}
