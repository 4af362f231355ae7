package org.upright.export.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import org.upright.export.ExportService;

/**
 * The "Export" section of a patient's page: the record as CSV and as FHIR R4, and the printable
 * handout of the prescription in force. Each download is checked and audited by ExportService.
 */
class PatientExportButtons extends Composite<VerticalLayout> {

    PatientExportButtons(long patientId, ExportService exports) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        Locale locale = getLocale();
        FlexLayout links = new FlexLayout(
                Downloads.link(
                        getTranslation("export.patient.handout"), VaadinIcon.PRINT, () -> exports.handout(patientId)),
                Downloads.link(
                        getTranslation("export.patient.csv"),
                        VaadinIcon.FILE_TABLE,
                        () -> exports.csv(patientId, locale)),
                Downloads.link(
                        getTranslation("export.patient.fhir"),
                        VaadinIcon.FILE_CODE,
                        () -> exports.fhirBundle(patientId)));
        links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        links.getStyle().set("gap", "var(--lumo-space-l)");
        layout.add(
                new H3(getTranslation("export.patient.title")),
                new Paragraph(getTranslation("export.patient.audited")),
                links);
        addClassName("patient-export");
    }
}
