package org.upright.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.upright.alert.AlertRecords;
import org.upright.logging.RedFlagQuestion;
import org.upright.logging.SafetyCheck;
import org.upright.logging.SessionRecords;
import org.upright.outcome.Answer;
import org.upright.outcome.AnswerOption;
import org.upright.outcome.Occasion;
import org.upright.outcome.QuestionnaireItem;
import org.upright.program.PrescriptionHistory;

/**
 * The record as one CSV file in sections (patient, prescription versions, pauses, session logs,
 * safety checks, alerts, questionnaires), each a title row, a header row and its rows, separated by an empty row.
 * Headings and coded values are words from the export bundle in the reader's language, never stored
 * codes. UTF-8 with a byte order mark so that spreadsheets read accents right; free text that a
 * spreadsheet would run as a formula is prefixed with an apostrophe.
 */
final class CsvExport {

    /** The words of the export bundle in the reader's language: key and arguments to text. */
    @FunctionalInterface
    interface Words {
        String text(String key, Object... args);
    }

    private CsvExport() {}

    static byte[] write(PatientRecord record, Words words, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(
                new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Sections sections = new Sections(csv, words, locale);
            sections.patient(record);
            sections.versions(record);
            sections.pauses(record);
            sections.sessions(record);
            sections.safetyChecks(record);
            sections.alerts(record);
            sections.questionnaires(record);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    /** One method per section; {@code w} turns a key of the export bundle into words. */
    private record Sections(CSVPrinter csv, Words words, Locale locale) {

        private String w(String key, Object... args) {
            return words.text("export.csv." + key, args);
        }

        private void title(String key, String... headings) throws IOException {
            csv.printRecord(w("section." + key));
            csv.printRecord(Arrays.stream(headings).map(h -> w(key + "." + h)).toList());
        }

        private String yesNo(boolean value) {
            return w(value ? "yes" : "no");
        }

        /** A coded value in words; a code this version has no words for shows as stored. */
        private String word(String group, @Nullable String code) {
            if (code == null || code.isBlank()) {
                return "";
            }
            String key = "export.csv." + group + "." + code.trim();
            String text = words.text(key);
            return text.equals("!" + key + "!") ? text(code.trim()) : text;
        }

        private String staff(PatientRecord record, @Nullable Long accountId) {
            if (accountId == null) {
                return "";
            }
            PatientRecord.Staff member = record.staff(accountId);
            return w("person", text(member.name()), word("role", member.role().name()));
        }

        void patient(PatientRecord record) throws IOException {
            title("patient", "field", "value");
            csv.printRecord(w("patient.id"), record.id());
            csv.printRecord(w("patient.given-name"), text(record.givenName()));
            csv.printRecord(w("patient.family-name"), text(record.familyName()));
            csv.printRecord(w("patient.email"), text(record.email()));
            csv.printRecord(w("patient.birth-date"), record.birthDate() == null ? "" : record.birthDate());
            csv.printRecord(w("patient.time-zone"), record.timeZone());
            csv.printRecord(w("patient.therapist"), staff(record, record.therapistId()));
            csv.printRecord(
                    w("patient.contraindications"),
                    record.contraindications().stream()
                            .sorted()
                            .map(c -> word("contraindication", c))
                            .collect(Collectors.joining("; ")));
            csv.printRecord(w("patient.notes"), text(record.notes()));
            csv.printRecord(w("patient.created-at"), instant(record.createdAt()));
            csv.println();
        }

        void versions(PatientRecord record) throws IOException {
            title(
                    "versions",
                    "id",
                    "program-id",
                    "program",
                    "program-status",
                    "program-start",
                    "program-end",
                    "effective-from",
                    "saved-at",
                    "saved-by",
                    "phase",
                    "phase-name",
                    "walks-per-day",
                    "minutes-per-walk",
                    "stretch-sessions-per-day",
                    "warm-up-minutes",
                    "weekdays",
                    "exercise",
                    "exercise-kind",
                    "hold-seconds",
                    "repetitions",
                    "sets",
                    "note",
                    "withdrawn");
            for (PrescriptionHistory.Version v : record.versions()) {
                List<PrescriptionHistory.@Nullable Item> items =
                        v.exercises().isEmpty() ? Collections.singletonList(null) : List.copyOf(v.exercises());
                for (PrescriptionHistory.@Nullable Item item : items) {
                    List<Object> row = new ArrayList<>(List.of(
                            v.id(),
                            v.programId(),
                            text(v.programName()),
                            word("program-status", v.programStatus()),
                            v.programStart(),
                            v.programEnd() == null ? "" : v.programEnd(),
                            v.effectiveFrom(),
                            instant(v.savedAt()),
                            staff(record, v.savedBy()),
                            v.phase(),
                            text(v.phaseName()),
                            v.walksPerDay(),
                            v.minutesPerWalk(),
                            v.stretchSessionsPerDay(),
                            v.warmUpMinutes(),
                            v.weekdays().stream()
                                    .sorted()
                                    .map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                                    .collect(Collectors.joining(" "))));
                    row.add(item == null ? "" : text(item.name()));
                    row.add(item == null ? "" : word("exercise-kind", item.kind()));
                    row.add(item == null ? "" : blank(item.holdSeconds()));
                    row.add(item == null ? "" : blank(item.reps()));
                    row.add(item == null ? "" : blank(item.sets()));
                    row.add(text(v.note()));
                    row.add(yesNo(v.withdrawn()));
                    csv.printRecord(row);
                }
            }
            csv.println();
        }

        void pauses(PatientRecord record) throws IOException {
            title("pauses", "program-id", "from", "until", "reason");
            for (PrescriptionHistory.PauseRecord pause : record.pauses()) {
                csv.printRecord(
                        pause.programId(),
                        pause.from(),
                        pause.to() == null ? w("pauses.still-paused") : pause.to(),
                        text(pause.reason()));
            }
            csv.println();
        }

        void sessions(PatientRecord record) throws IOException {
            title(
                    "sessions",
                    "id",
                    "date",
                    "kind",
                    "walk-minutes",
                    "warm-up-minutes",
                    "discomfort-before",
                    "discomfort-after",
                    "context",
                    "note",
                    "logged-at",
                    "exercise",
                    "outcome",
                    "exercise-discomfort");
            for (SessionRecords.Session s : record.sessions()) {
                List<SessionRecords.@Nullable Item> items =
                        s.exercises().isEmpty() ? Collections.singletonList(null) : List.copyOf(s.exercises());
                String context = s.contextTags() == null
                        ? ""
                        : Arrays.stream(s.contextTags().split(","))
                                .filter(t -> !t.isBlank())
                                .map(t -> word("context", t))
                                .collect(Collectors.joining("; "));
                for (SessionRecords.@Nullable Item item : items) {
                    csv.printRecord(
                            s.id(),
                            s.day(),
                            word("session-kind", s.kind()),
                            blank(s.walkMinutes()),
                            blank(s.warmUpMinutes()),
                            blank(s.discomfortBefore()),
                            blank(s.discomfortAfter()),
                            context,
                            text(s.note()),
                            instant(s.loggedAt()),
                            item == null ? "" : text(record.exerciseName(item.exerciseId())),
                            item == null ? "" : word("outcome", item.outcome()),
                            item == null ? "" : blank(item.discomfort()));
                }
            }
            csv.println();
        }

        void safetyChecks(PatientRecord record) throws IOException {
            title("safety-checks", "id", "answered-at", "question", "answer");
            for (SafetyCheck check : record.safetyChecks()) {
                for (Map.Entry<RedFlagQuestion, Boolean> answer :
                        check.answers().entrySet()) {
                    csv.printRecord(
                            check.id(),
                            instant(check.answeredAt()),
                            word("safety-question", answer.getKey().name()),
                            yesNo(answer.getValue()));
                }
                for (String unknown : check.unknown()) {
                    csv.printRecord(check.id(), instant(check.answeredAt()), text(unknown), "");
                }
            }
            csv.println();
        }

        void questionnaires(PatientRecord record) throws IOException {
            title(
                    "questionnaires",
                    "id",
                    "questionnaire",
                    "version",
                    "occasion",
                    "due-on",
                    "answered-on",
                    "completed-at",
                    "question",
                    "activity",
                    "answer",
                    "answer-words",
                    "score",
                    "score-note");
            for (org.upright.outcome.QuestionnaireResponse r : record.questionnaires()) {
                org.upright.outcome.Questionnaire q = r.questionnaire();
                String score = r.score() == null
                        ? ""
                        : number(r.score())
                                + (q.showPercent()
                                        ? " (" + number(Math.round(q.percent(r.score()) * 10) / 10.0) + " %)"
                                        : "");
                String note = r.notScored() == null
                        ? ""
                        : word("not-scored", r.notScored().name());
                List<@Nullable Answer> answers =
                        r.answers().isEmpty() ? Collections.singletonList(null) : List.copyOf(r.answers());
                for (@Nullable Answer answer : answers) {
                    QuestionnaireItem item = answer == null
                            ? null
                            : q.items().stream()
                                    .filter(i -> i.linkId().equals(answer.linkId()))
                                    .findFirst()
                                    .orElse(null);
                    String words = "";
                    if (item != null && answer.value() != null) {
                        for (AnswerOption option : item.options()) {
                            if (option.value() == answer.value()) {
                                words = q.optionText(item, option, locale);
                            }
                        }
                    }
                    csv.printRecord(
                            r.id(),
                            text(q.title(locale)),
                            q.version(),
                            occasion(r.occasion()),
                            r.dueOn(),
                            r.answeredOn() == null ? "" : r.answeredOn(),
                            r.completedAt() == null ? "" : instant(r.completedAt()),
                            item == null ? "" : text(q.itemText(item, locale)),
                            answer == null ? "" : text(answer.label()),
                            answer == null ? "" : blank(answer.value()),
                            text(words),
                            score,
                            note);
                }
            }
            csv.println();
        }

        private String occasion(Occasion occasion) {
            return switch (occasion.kind()) {
                case START -> w("occasion.start");
                case PERIODIC -> w("occasion.periodic", occasion.week());
                case END -> w("occasion.end");
                case REQUEST -> w("occasion.request");
            };
        }

        void alerts(PatientRecord record) throws IOException {
            title(
                    "alerts",
                    "id",
                    "raised-at",
                    "rule",
                    "severity",
                    "message",
                    "times-fired",
                    "last-fired-at",
                    "last-value",
                    "status",
                    "acknowledged-at",
                    "acknowledged-by",
                    "acknowledgement-note");
            for (AlertRecords.Alert alert : record.alerts()) {
                csv.printRecord(
                        alert.id(),
                        instant(alert.raisedAt()),
                        word("alert-rule", alert.rule().name()),
                        word("severity", alert.severity().name()),
                        text(alert.message()),
                        alert.timesFired(),
                        instant(alert.lastFiredAt()),
                        text(alert.lastValue()),
                        w(alert.open() ? "alerts.open" : "alerts.acknowledged"),
                        alert.acknowledgedAt() == null ? "" : instant(alert.acknowledgedAt()),
                        staff(record, alert.acknowledgedBy()),
                        text(alert.acknowledgementNote()));
            }
            csv.println();
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String instant(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at);
    }

    private static Object blank(@Nullable Integer value) {
        return value == null ? "" : value;
    }

    /** Text as written, except that a leading =, +, -, @, tab or CR cannot start a spreadsheet formula. */
    static String text(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
