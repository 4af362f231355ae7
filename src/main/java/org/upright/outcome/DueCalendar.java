package org.upright.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.upright.program.ProgramSpan;
import org.upright.program.ProgramSpans;

/**
 * Which questionnaires a patient is asked to answer on a day: the schedule (or the standard one) of
 * their latest program, the therapist's open requests, nothing while paused; answered ones drop out,
 * drafts stay. One place for Today, the patient page and the reminders.
 */
@Component
class DueCalendar {

    private final ProgramSpans spans;
    private final Questionnaires questionnaires;
    private final Responses responses;
    private final Schedules schedules;

    DueCalendar(ProgramSpans spans, Questionnaires questionnaires, Responses responses, Schedules schedules) {
        this.spans = spans;
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.schedules = schedules;
    }

    /** What the patient is asked to answer on their local day {@code today}, oldest first. */
    List<DueQuestionnaire> dueOn(long patientId, LocalDate today) {
        ProgramSpans.Latest latest = spans.latestOf(List.of(patientId)).get(patientId);
        ProgramSpan span = latest == null ? null : latest.span();
        if (OutcomeCalendar.paused(span, today)) {
            return List.of();
        }
        List<Questionnaire> current = questionnaires.current();
        Map<String, Questionnaire> byCode = new HashMap<>();
        current.forEach(q -> byCode.put(q.code(), q));
        Map<String, Responses.Row> byOccasion = new HashMap<>();
        for (Responses.Row row : responses.ofPatient(patientId)) {
            byOccasion.put(row.questionnaireCode() + "|" + row.occasion(), row);
        }
        List<DueQuestionnaire> due = new ArrayList<>();
        if (latest != null) {
            List<ScheduleEntry> entries = schedules.of(latest.programId());
            for (ScheduleEntry entry : entries.isEmpty() ? OutcomeCalendar.standard(current) : entries) {
                Questionnaire q = byCode.get(entry.questionnaireCode());
                if (q == null) {
                    continue;
                }
                OutcomeCalendar.latestDue(entry, q, latest.programId(), latest.span(), today)
                        .ifPresent(d -> addIfOpen(due, q, d.occasion(), d.dueOn(), byOccasion));
            }
        }
        for (Schedules.Request request : schedules.openRequests(patientId)) {
            Questionnaire q = byCode.get(request.code());
            if (q != null && !request.requestedOn().isAfter(today)) {
                Occasion occasion = Occasion.request(request.id(), latest == null ? null : latest.programId());
                addIfOpen(due, q, occasion, request.requestedOn(), byOccasion);
            }
        }
        due.sort(Comparator.comparing(DueQuestionnaire::dueOn));
        return due;
    }

    private static void addIfOpen(
            List<DueQuestionnaire> due,
            Questionnaire q,
            Occasion occasion,
            LocalDate dueOn,
            Map<String, Responses.Row> byOccasion) {
        Responses.Row row = byOccasion.get(q.code() + "|" + occasion.key());
        if (row == null) {
            due.add(new DueQuestionnaire(q, occasion, dueOn, null));
        } else if (row.status() == ResponseStatus.DRAFT) {
            due.add(new DueQuestionnaire(q, occasion, dueOn, row.id()));
        }
    }
}
