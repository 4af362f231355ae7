package org.upright.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.upright.logging.SessionRecords;
import org.upright.program.PrescriptionHistory;

/**
 * The record as one CSV file in three sections (patient, prescription versions, session logs),
 * each a title row, a header row and its rows, separated by an empty row. UTF-8 with a byte
 * order mark so that spreadsheets read accents right; free text that a spreadsheet would run
 * as a formula is prefixed with an apostrophe.
 */
final class CsvExport {

    private CsvExport() {}

    static byte[] write(PatientRecord record) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(
                new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            csv.printRecord("Patient");
            csv.printRecord("field", "value");
            csv.printRecord("patient id", record.id());
            csv.printRecord("first name", text(record.givenName()));
            csv.printRecord("last name", text(record.familyName()));
            csv.printRecord("email", text(record.email()));
            csv.printRecord("date of birth", record.birthDate() == null ? "" : record.birthDate());
            csv.printRecord("time zone", record.timeZone());
            csv.printRecord(
                    "contraindications",
                    record.contraindications().stream().sorted().collect(Collectors.joining("; ")));
            csv.printRecord("notes", text(record.notes()));
            csv.printRecord("created at (UTC)", DateTimeFormatter.ISO_INSTANT.format(record.createdAt()));
            csv.println();

            csv.printRecord("Prescription versions");
            csv.printRecord(
                    "version id",
                    "program id",
                    "program",
                    "program status",
                    "program start",
                    "program end",
                    "effective from",
                    "saved at (UTC)",
                    "phase",
                    "phase name",
                    "walks per day",
                    "minutes per walk",
                    "stretch sessions per day",
                    "warm-up minutes",
                    "weekdays",
                    "exercise",
                    "exercise kind",
                    "hold seconds",
                    "repetitions",
                    "sets",
                    "note",
                    "withdrawn before taking effect");
            for (PrescriptionHistory.Version v : record.versions()) {
                List<PrescriptionHistory.Item> items =
                        v.exercises().isEmpty() ? java.util.Collections.singletonList(null) : v.exercises();
                for (PrescriptionHistory.@Nullable Item item : items) {
                    List<Object> row = new ArrayList<>(List.of(
                            v.id(),
                            v.programId(),
                            text(v.programName()),
                            v.programStatus(),
                            v.programStart(),
                            v.programEnd() == null ? "" : v.programEnd(),
                            v.effectiveFrom(),
                            DateTimeFormatter.ISO_INSTANT.format(v.savedAt()),
                            v.phase(),
                            text(v.phaseName()),
                            v.walksPerDay(),
                            v.minutesPerWalk(),
                            v.stretchSessionsPerDay(),
                            v.warmUpMinutes(),
                            v.weekdays().stream()
                                    .map(d -> d.name().substring(0, 3))
                                    .collect(Collectors.joining(" "))));
                    row.add(item == null ? "" : text(item.name()));
                    row.add(item == null ? "" : item.kind());
                    row.add(item == null ? "" : blank(item.holdSeconds()));
                    row.add(item == null ? "" : blank(item.reps()));
                    row.add(item == null ? "" : blank(item.sets()));
                    row.add(text(v.note()));
                    row.add(v.withdrawn() ? "yes" : "no");
                    csv.printRecord(row);
                }
            }
            csv.println();

            csv.printRecord("Session logs");
            csv.printRecord(
                    "session id",
                    "date",
                    "kind",
                    "walk minutes",
                    "warm-up minutes",
                    "discomfort before (0-10)",
                    "discomfort after (0-10)",
                    "context",
                    "note",
                    "logged at (UTC)",
                    "exercise",
                    "outcome",
                    "exercise discomfort (0-10)");
            for (SessionRecords.Session s : record.sessions()) {
                List<SessionRecords.Item> items =
                        s.exercises().isEmpty() ? java.util.Collections.singletonList(null) : s.exercises();
                for (SessionRecords.@Nullable Item item : items) {
                    csv.printRecord(
                            s.id(),
                            s.day(),
                            s.kind(),
                            blank(s.walkMinutes()),
                            blank(s.warmUpMinutes()),
                            blank(s.discomfortBefore()),
                            blank(s.discomfortAfter()),
                            text(s.contextTags()),
                            text(s.note()),
                            DateTimeFormatter.ISO_INSTANT.format(s.loggedAt()),
                            item == null ? "" : text(record.exerciseName(item.exerciseId())),
                            item == null ? "" : item.outcome(),
                            item == null ? "" : blank(item.discomfort()));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
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
