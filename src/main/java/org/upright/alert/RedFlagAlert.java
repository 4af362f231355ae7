package org.upright.alert;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upright.logging.RedFlagAnswered;

/** A "yes" on the red-flag check is a critical alert for the patient's therapist at once. */
@Component
class RedFlagAlert {

    private final Alerts alerts;

    RedFlagAlert(Alerts alerts) {
        this.alerts = alerts;
    }

    @EventListener
    void on(RedFlagAnswered answered) {
        if (answered.anyYes()) {
            alerts.raise(
                    answered.patientId(),
                    AlertRule.RED_FLAG,
                    "check-" + answered.checkId(),
                    "Red-flag check answered yes: " + String.join("; ", answered.yesAnswers())
                            + ". The program is paused; the patient was told to contact the clinic.",
                    answered.yesAnswers().size()
                            + (answered.yesAnswers().size() == 1 ? " yes answer" : " yes answers"));
        }
    }
}
