package org.upright.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.upright.mail.Channel;
import org.upright.mail.Outbox;
import org.upright.mail.OutgoingMessage;

/**
 * Finds the reminders due now and queues them in the outbox, whose unique key (recipient, kind,
 * occasion = the patient's local day and slot) sends each once, however many instances run this job.
 * A patient with a push subscription gets it by push (e-mail if push fails), the others by e-mail.
 */
@Component
public class ReminderJob {

    static final String KIND = "reminder";

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final DueReminders due;
    private final PushSubscriptions push;
    private final Outbox outbox;
    private final Clock clock;

    ReminderJob(DueReminders due, PushSubscriptions push, Outbox outbox, Clock clock) {
        this.due = due;
        this.push = push;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(cron = "${upright.reminders.cron:0 */5 * * * *}")
    void scheduled() {
        try {
            queueDueAt(clock.instant());
        } catch (RuntimeException ex) {
            // nothing was promised yet: the next run finds the same reminders due (within their window)
            log.warn("Reminder run failed: {}", ex.toString());
        }
    }

    /** Queues every reminder due at {@code now}; answers how many were new in the outbox. */
    public int queueDueAt(Instant now) {
        int queued = 0;
        for (DueReminders.Due reminder : due.at(now)) {
            Channel channel = push.any(reminder.accountId()) ? Channel.PUSH : Channel.EMAIL;
            boolean added = outbox.enqueue(new OutgoingMessage(
                    reminder.accountId(),
                    channel,
                    KIND,
                    reminder.occasion(),
                    Map.of(
                            "part", reminder.part().name(),
                            "patient", String.valueOf(reminder.patientId()),
                            "questionnaire", String.valueOf(reminder.questionnaire())),
                    now));
            queued += added ? 1 : 0;
        }
        return queued;
    }
}
