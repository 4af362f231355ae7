package org.upright.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.upright.clinic.ClinicContact;
import org.upright.program.PrescriptionHistory;

/** A one- or two-page handout of the prescription in force, in large plain type, to take home. */
final class HandoutPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 12);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font WARNING =
            FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14, Font.NORMAL, new Color(160, 20, 20));
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 10, Font.NORMAL, Color.DARK_GRAY);

    private HandoutPdf() {}

    static byte[] write(PatientRecord record, ClinicContact clinic) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, bytes);
        document.addTitle("Home program");
        document.addCreator("Upright");
        document.open();
        document.add(new Paragraph("Your home program", TITLE));
        document.add(new Paragraph(record.fullName(), BODY));
        PrescriptionHistory.Version v = record.inForce();
        if (v == null) {
            document.add(spaced(
                    new Paragraph("You have no program at the moment. Your therapist will give you one.", BODY)));
            contact(document, clinic);
            document.close();
            return bytes.toByteArray();
        }
        document.add(new Paragraph(
                v.programName() + (v.phaseName() == null ? "" : " · phase " + v.phase() + ": " + v.phaseName()), BODY));
        document.add(new Paragraph(
                "In force from " + DATE.format(v.effectiveFrom()) + " · printed " + DATE.format(record.today()),
                SMALL));
        if ("PAUSED".equals(v.programStatus())) {
            Paragraph paused = spaced(new Paragraph(
                    "Your program is paused. Please do not start these exercises "
                            + "again until you have spoken with your therapist.",
                    WARNING));
            document.add(paused);
        }

        document.add(spaced(new Paragraph("Walking", HEADING)));
        document.add(new Paragraph(
                "Walk " + v.walksPerDay() + (v.walksPerDay() == 1 ? " time" : " times") + " a day, "
                        + v.minutesPerWalk() + " minutes each time, at a comfortable pace.",
                BODY));
        document.add(new Paragraph("On these days: " + days(v.weekdays()) + ".", BODY));

        if (v.stretchSessionsPerDay() > 0 && !v.exercises().isEmpty()) {
            document.add(spaced(new Paragraph("Exercises", HEADING)));
            document.add(new Paragraph(
                    "Do these " + v.stretchSessionsPerDay() + (v.stretchSessionsPerDay() == 1 ? " time" : " times")
                            + " a day.",
                    BODY));
            if (v.warmUpMinutes() > 0) {
                document.add(new Paragraph(
                        "Warm up first: walk or march on the spot for " + v.warmUpMinutes() + " minutes.", BODY));
            }
            PdfPTable table = new PdfPTable(new float[] {3, 2, 6});
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            table.setHeaderRows(1);
            for (String header : new String[] {"Exercise", "How much", "How to do it"}) {
                PdfPCell cell = new PdfPCell(new Phrase(header, BOLD));
                cell.setBackgroundColor(new Color(230, 236, 240));
                cell.setPadding(6);
                table.addCell(cell);
            }
            for (PrescriptionHistory.Item item : v.exercises()) {
                table.addCell(cell(item.name(), BOLD));
                table.addCell(cell(item.dose(), BODY));
                String how = item.instructions()
                        + (item.cautions() == null || item.cautions().isBlank()
                                ? ""
                                : "\nTake care: " + item.cautions());
                table.addCell(IllustrationPdf.howToCell(writer, item.code(), how, BODY));
            }
            document.add(table);
        }

        document.add(spaced(new Paragraph("Safety", HEADING)));
        document.add(new Paragraph(
                "Some discomfort is normal. Stop and contact your clinic if pain gets much worse, "
                        + "spreads to your arms or legs, or comes with numbness, weakness, fever or trouble with bladder or "
                        + "bowel.",
                BODY));
        if (v.note() != null && !v.note().isBlank()) {
            document.add(spaced(new Paragraph("From your therapist", HEADING)));
            document.add(new Paragraph(v.note(), BODY));
        }
        contact(document, clinic);
        Paragraph footer = spaced(new Paragraph("Log each walk and exercise session in Upright.", SMALL));
        footer.setAlignment(Element.ALIGN_LEFT);
        document.add(footer);
        document.close();
        return bytes.toByteArray();
    }

    private static void contact(Document document, ClinicContact clinic) {
        document.add(spaced(new Paragraph("Your clinic", HEADING)));
        document.add(new Paragraph(clinic.nameOrYourClinic(), BODY));
        document.add(new Paragraph("Phone: " + clinic.phoneOrHint(), BODY));
        if (!clinic.email().isEmpty()) {
            document.add(new Paragraph("E-mail: " + clinic.email(), BODY));
        }
        if (!clinic.address().isEmpty()) {
            document.add(new Paragraph("Address: " + clinic.address(), BODY));
        }
        document.add(new Paragraph(
                "In an emergency, such as chest pain or trouble breathing, call " + clinic.emergencyNumberOrDefault()
                        + ".",
                BOLD));
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

    private static String days(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return "every day";
        }
        return days.stream()
                .sorted()
                .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .collect(Collectors.joining(", "));
    }
}
