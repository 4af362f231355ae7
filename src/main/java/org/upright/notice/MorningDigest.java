package org.upright.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.upright.adherence.OpenAlertCounts;
import org.upright.mail.Channel;
import org.upright.mail.Outbox;
import org.upright.mail.OutgoingMessage;
import org.upright.patient.PatientRoster;

/**
 * The morning digest: at the therapist's chosen local time, how many of their patients have an open
 * alert (a count, nothing else). Queued once per therapist and local day by the outbox's key; a morning
 * missed by more than the window is skipped rather than sent in the afternoon.
 */
@Component
public class MorningDigest {

    static final String KIND = "notice.digest";
    static final Duration WINDOW = Duration.ofHours(3);

    private static final Logger log = LoggerFactory.getLogger(MorningDigest.class);

    private final NoticeQueries settings;
    private final PatientRoster roster;
    private final OpenAlertCounts openAlerts;
    private final Outbox outbox;
    private final Clock clock;

    MorningDigest(
            NoticeQueries settings, PatientRoster roster, OpenAlertCounts openAlerts, Outbox outbox, Clock clock) {
        this.settings = settings;
        this.roster = roster;
        this.openAlerts = openAlerts;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(cron = "${upright.notices.cron:0 */15 * * * *}")
    void scheduled() {
        try {
            queueDueAt(clock.instant());
        } catch (RuntimeException ex) {
            log.warn("Morning digest run failed: {}", ex.toString());
        }
    }

    /** Queues the digests due at {@code now}; answers how many were new. */
    public int queueDueAt(Instant now) {
        int queued = 0;
        for (NoticeQueries.Digest digest : settings.digests()) {
            LocalDate today = LocalDate.ofInstant(now, digest.setting().zone());
            Instant at = today.atTime(digest.setting().digestTime())
                    .atZone(digest.setting().zone())
                    .toInstant();
            if (now.isBefore(at) || !now.isBefore(at.plus(WINDOW))) {
                continue;
            }
            int count = needing(digest.accountId());
            if (count > 0
                    && outbox.enqueue(new OutgoingMessage(
                            digest.accountId(),
                            Channel.EMAIL,
                            KIND,
                            "digest-" + today,
                            Map.of("count", String.valueOf(count)),
                            now))) {
                queued++;
            }
        }
        return queued;
    }

    private int needing(long therapistId) {
        List<Long> ids = roster.activeOf(therapistId).stream()
                .map(PatientRoster.Entry::patientId)
                .toList();
        return ids.isEmpty() ? 0 : openAlerts.of(ids).size();
    }
}
