package org.upright.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.logging.LoggingTestSetup;
import org.upright.media.Illustrations;
import org.upright.program.DayPlan;
import org.upright.program.ProgramService;

/** The printed handout draws each illustrated exercise's figure as vector paths beside its instructions. */
@IntegrationTest
class HandoutIllustrationIT {

    @Autowired
    ExportService exports;

    @Autowired
    ProgramService programs;

    @Autowired
    LoggingTestSetup setup;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Clock clock;

    @Autowired
    SecurityContextHolderStrategy contexts;

    LoggingTestSetup.Made patient;

    @BeforeEach
    void aPatientInTheStretchingPhase() {
        SecurityContextHolder.setContextHolderStrategy(contexts);
        patient = setup.patient(2, Set.of());
    }

    @Test
    void the_handout_contains_one_drawing_per_illustrated_exercise_made_of_lines_curves_and_strokes() throws Exception {
        DayPlan plan = accounts.as(
                        patient.therapist(), () -> programs.planOn(patient.patientId(), patient.today(clock)))
                .orElseThrow();
        long illustrated = plan.exercises().stream()
                .filter(item -> Illustrations.svg(item.exercise().getCode()).isPresent())
                .count();
        assertThat(illustrated).isPositive();

        byte[] pdf = accounts.as(patient.therapist(), () -> exports.handout(patient.patientId()))
                .content();
        List<String> drawings = drawings(pdf);

        assertThat(drawings).hasSize((int) illustrated);
        for (String operators : drawings) {
            assertThat(operators).contains(" m\n", " l\n", " c\n", "S\n", " w\n", " RG\n");
        }
    }

    /** The content of each form XObject (a drawing placed on a page) of the PDF. */
    static List<String> drawings(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        List<String> drawings = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
            PdfDictionary xobjects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
            if (xobjects == null) {
                continue;
            }
            for (PdfName name : xobjects.getKeys()) {
                PdfObject object = PdfReader.getPdfObject(xobjects.get(name));
                if (object instanceof PRStream stream && PdfName.FORM.equals(stream.getAsName(PdfName.SUBTYPE))) {
                    drawings.add(new String(PdfReader.getStreamBytes(stream), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return drawings;
    }
}
