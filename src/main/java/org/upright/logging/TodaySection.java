package org.upright.logging;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A card that another feature adds to the patient's Today page as a bean (a questionnaire that is
 * due, an offer to turn on reminders), so Today collects cards without importing those features.
 */
public interface TodaySection {

    /** Cards are shown by this number, lowest first, after the safety check and before the plan. */
    int order();

    /** A new card for the signed-in patient, or empty when there is nothing to show today. */
    Optional<Component> create();
}
