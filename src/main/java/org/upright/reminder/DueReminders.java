package org.upright.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.logging.DayActivity;
import org.upright.logging.DaySummaries;
import org.upright.outcome.QuestionnairesWaiting;
import org.upright.patient.PatientLinks;
import org.upright.patient.PatientZones;
import org.upright.program.ProgramSpans;

/**
 * Which reminders are due at an instant: for each patient with reminders on, in their own zone, the
 * latest chosen time that has passed within the last {@link #WINDOW}, on a day with something
 * prescribed (so never while paused or after the end) and only if part of that day's plan is still
 * open. The rules of "prescribed" and "done" are the program's and the logs' own (ProgramSpan,
 * daily_activity); nothing is counted twice here. A reminder also says when a questionnaire waits
 * (the outcome module's own rule), without naming it.
 */
@Component
class DueReminders {

    /** A time missed by longer than this (the app was down) is skipped, not sent late in the evening. */
    static final Duration WINDOW = Duration.ofHours(2);

    /** A reminder owed: to the patient's account, for the local day and slot (1 or 2). */
    record Due(long patientId, long accountId, LocalDate day, int slot, ReminderPart part, boolean questionnaire) {

        /** The occasion of the outbox's unique key: once per patient, local day and slot. */
        String occasion() {
            return day + "#" + slot;
        }
    }

    private final ReminderQueries settings;
    private final PatientZones zones;
    private final PatientLinks links;
    private final ProgramSpans spans;
    private final DaySummaries days;
    private final QuestionnairesWaiting questionnaires;

    DueReminders(
            ReminderQueries settings,
            PatientZones zones,
            PatientLinks links,
            ProgramSpans spans,
            DaySummaries days,
            QuestionnairesWaiting questionnaires) {
        this.questionnaires = questionnaires;
        this.settings = settings;
        this.zones = zones;
        this.links = links;
        this.spans = spans;
        this.days = days;
    }

    @Transactional(readOnly = true)
    List<Due> at(Instant now) {
        List<ReminderQueries.Enabled> enabled = settings.enabled();
        if (enabled.isEmpty()) {
            return List.of();
        }
        List<Long> ids =
                enabled.stream().map(ReminderQueries.Enabled::patientId).toList();
        Map<Long, ZoneId> zoneOf = zones.ofActive(ids);
        Map<Long, PatientLinks.Links> linkOf = links.ofActive(ids);
        Map<Long, ProgramSpans.Latest> programOf = spans.latestOf(ids);
        // every zone's today is on or after the UTC day before
        LocalDate since = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
        Map<Long, List<DayActivity>> recent = days.anchors(ids, since).window();
        List<Due> due = new ArrayList<>();
        for (ReminderQueries.Enabled patient : enabled) {
            ZoneId zone = zoneOf.get(patient.patientId());
            PatientLinks.Links link = linkOf.get(patient.patientId());
            ProgramSpans.Latest program = programOf.get(patient.patientId());
            if (zone == null || link == null || program == null) {
                continue;
            }
            LocalDate today = LocalDate.ofInstant(now, zone);
            LocalTime time = LocalTime.ofInstant(now, zone);
            int slot = slotAt(patient.times(), today, time, zone, now);
            if (slot == 0) {
                continue;
            }
            DayActivity done = recent.getOrDefault(patient.patientId(), List.of()).stream()
                    .filter(d -> d.date().equals(today))
                    .findFirst()
                    .orElse(DayActivity.none(today));
            ReminderPart part = ReminderPart.open(program.span().prescribedOn(today), done);
            if (part != null) {
                due.add(new Due(
                        patient.patientId(),
                        link.accountId(),
                        today,
                        slot,
                        part,
                        questionnaires.on(patient.patientId(), today)));
            }
        }
        return due;
    }

    /** The number (1-based, earliest first) of the latest chosen time passed within the window, or 0. */
    private static int slotAt(ReminderTimes times, LocalDate today, LocalTime time, ZoneId zone, Instant now) {
        List<LocalTime> slots = times.slots();
        for (int i = slots.size() - 1; i >= 0; i--) {
            LocalTime slot = slots.get(i);
            if (!slot.isAfter(time)) {
                Instant at = today.atTime(slot).atZone(zone).toInstant();
                return Duration.between(at, now).compareTo(WINDOW) < 0 ? i + 1 : 0;
            }
        }
        return 0;
    }
}
