package org.upright.notice;

import java.time.Clock;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upright.alert.AlertRaised;
import org.upright.mail.Channel;
import org.upright.mail.Outbox;
import org.upright.mail.OutgoingMessage;
import org.upright.patient.PatientLinks;

/**
 * A therapist who opted in hears at once of a red flag or critical alert of a patient of theirs. The
 * notice is queued in the transaction that opened the alert, so it commits with the alert or not at all,
 * and once per alert. It names nobody: the payload is empty.
 */
@Component
class AlertNotices {

    static final String KIND = "notice.alert";

    private final PatientLinks links;
    private final NoticeQueries settings;
    private final Outbox outbox;
    private final Clock clock;

    AlertNotices(PatientLinks links, NoticeQueries settings, Outbox outbox, Clock clock) {
        this.links = links;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void on(AlertRaised raised) {
        if (!raised.critical()) {
            return;
        }
        links.ofActive(raised.patientId())
                .filter(link -> settings.find(link.therapistId())
                        .map(NoticeSetting::immediate)
                        .orElse(false))
                .ifPresent(link -> outbox.enqueue(new OutgoingMessage(
                        link.therapistId(),
                        Channel.EMAIL,
                        KIND,
                        "alert-" + raised.alertId(),
                        Map.of(),
                        clock.instant())));
    }
}
