package org.upright.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.upright.clinic.ClinicContact;
import org.upright.media.Illustrations;
import org.upright.program.ExerciseTranslations.ExerciseText;
import org.upright.program.PrescriptionHistory;

/**
 * A one- or two-page handout of the prescription in force, in large plain type, to take home, in
 * the patient's language: the words from the export bundle, the exercises from their translations.
 */
final class HandoutPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 12);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font WARNING =
            FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14, Font.NORMAL, new Color(160, 20, 20));
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 10, Font.NORMAL, Color.DARK_GRAY);

    private HandoutPdf() {}

    /**
     * The handout in the locale's words; {@code exerciseTexts} holds each exercise's name and
     * instructions in that language by exercise code, and an exercise missing there keeps its own.
     */
    static byte[] write(
            PatientRecord record,
            ClinicContact clinic,
            CsvExport.Words words,
            Locale locale,
            Map<String, ExerciseText> exerciseTexts) {
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, bytes);
        document.addTitle(words.text("export.handout.doc-title"));
        document.addCreator("Upright");
        document.open();
        // screen readers and PDF viewers read the handout in its own language
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
        document.add(new Paragraph(words.text("export.handout.title"), TITLE));
        document.add(new Paragraph(record.fullName(), BODY));
        PrescriptionHistory.Version v = record.inForce();
        if (v == null) {
            document.add(spaced(new Paragraph(words.text("export.handout.no-program"), BODY)));
            contact(document, clinic, words);
            document.close();
            return bytes.toByteArray();
        }
        document.add(new Paragraph(
                v.phaseName() == null
                        ? v.programName()
                        : words.text("export.handout.phase", v.programName(), v.phase(), v.phaseName()),
                BODY));
        document.add(new Paragraph(
                words.text("export.handout.in-force", date.format(v.effectiveFrom()), date.format(record.today())),
                SMALL));
        if ("PAUSED".equals(v.programStatus())) {
            document.add(spaced(new Paragraph(words.text("export.handout.paused"), WARNING)));
        }

        document.add(spaced(new Paragraph(words.text("export.handout.walking"), HEADING)));
        document.add(new Paragraph(words.text("export.handout.walks", v.walksPerDay(), v.minutesPerWalk()), BODY));
        document.add(new Paragraph(words.text("export.handout.on-days", days(v.weekdays(), words, locale)), BODY));

        if (v.stretchSessionsPerDay() > 0 && !v.exercises().isEmpty()) {
            document.add(spaced(new Paragraph(words.text("export.handout.exercises"), HEADING)));
            document.add(new Paragraph(words.text("export.handout.sessions", v.stretchSessionsPerDay()), BODY));
            if (v.warmUpMinutes() > 0) {
                document.add(new Paragraph(words.text("export.handout.warm-up", v.warmUpMinutes()), BODY));
            }
            PdfPTable table = new PdfPTable(new float[] {3, 2, 6});
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            table.setHeaderRows(1);
            for (String header : List.of(
                    "export.handout.column.exercise", "export.handout.column.dose", "export.handout.column.how")) {
                PdfPCell cell = new PdfPCell(new Phrase(words.text(header), BOLD));
                cell.setBackgroundColor(new Color(230, 236, 240));
                cell.setPadding(6);
                table.addCell(cell);
            }
            for (PrescriptionHistory.Item item : v.exercises()) {
                ExerciseText text = exerciseTexts.getOrDefault(
                        item.code(), new ExerciseText(item.name(), item.instructions(), item.cautions()));
                table.addCell(cell(text.name(), BOLD));
                table.addCell(cell(dose(item, words), BODY));
                String how = text.instructions()
                        + (text.cautions() == null || text.cautions().isBlank()
                                ? ""
                                : "\n" + words.text("export.handout.take-care", text.cautions()));
                table.addCell(IllustrationPdf.howToCell(
                        writer, item.code(), how, BODY, words.text(Illustrations.altKey(item.code())), SMALL));
            }
            document.add(table);
        }

        document.add(spaced(new Paragraph(words.text("export.handout.safety"), HEADING)));
        document.add(new Paragraph(words.text("export.handout.safety-text"), BODY));
        if (v.note() != null && !v.note().isBlank()) {
            document.add(spaced(new Paragraph(words.text("export.handout.from-therapist"), HEADING)));
            document.add(new Paragraph(v.note(), BODY));
        }
        contact(document, clinic, words);
        Paragraph footer = spaced(new Paragraph(words.text("export.handout.footer"), SMALL));
        footer.setAlignment(Element.ALIGN_LEFT);
        document.add(footer);
        document.close();
        return bytes.toByteArray();
    }

    private static void contact(Document document, ClinicContact clinic, CsvExport.Words words) {
        document.add(spaced(new Paragraph(words.text("export.handout.clinic"), HEADING)));
        document.add(new Paragraph(
                clinic.name().isEmpty() ? words.text("export.handout.your-clinic") : clinic.name(), BODY));
        document.add(new Paragraph(
                words.text(
                        "export.handout.phone",
                        clinic.hasPhone() ? clinic.phone() : words.text("export.handout.phone-hint")),
                BODY));
        if (!clinic.email().isEmpty()) {
            document.add(new Paragraph(words.text("export.handout.email", clinic.email()), BODY));
        }
        if (!clinic.address().isEmpty()) {
            document.add(new Paragraph(words.text("export.handout.address", clinic.address()), BODY));
        }
        document.add(new Paragraph(words.text("export.handout.emergency", clinic.emergencyNumberOrDefault()), BOLD));
    }

    /** "2 sets, 10 times, hold 30 s" in the handout's language. */
    static String dose(PrescriptionHistory.Item item, CsvExport.Words words) {
        List<String> parts = new ArrayList<>();
        if (item.sets() != null && item.sets() > 1) {
            parts.add(words.text("export.handout.dose.sets", item.sets()));
        }
        if (item.reps() != null) {
            parts.add(words.text("export.handout.dose.reps", item.reps()));
        }
        if (item.holdSeconds() != null) {
            parts.add(words.text("export.handout.dose.hold", item.holdSeconds()));
        }
        return parts.isEmpty() ? words.text("export.handout.dose.as-shown") : String.join(", ", parts);
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(6);
        return cell;
    }

    private static Paragraph spaced(Paragraph paragraph) {
        paragraph.setSpacingBefore(14);
        return paragraph;
    }

    private static String days(Set<DayOfWeek> days, CsvExport.Words words, Locale locale) {
        if (days.size() == 7) {
            return words.text("export.handout.every-day");
        }
        return days.stream()
                .sorted()
                .map(d -> d.getDisplayName(TextStyle.FULL, locale))
                .collect(Collectors.joining(", "));
    }
}
