package org.upright.export.ui;

import com.vaadin.flow.component.Component;
import org.upright.export.ExportService;
import org.upright.patient.Patient;
import org.upright.patient.PatientSection;

/** The record's downloads, last on the patient page. */
@org.springframework.stereotype.Component
class ExportPatientSection implements PatientSection {

    private final ExportService exports;

    ExportPatientSection(ExportService exports) {
        this.exports = exports;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public boolean shownOn(Place place) {
        return place == Place.PATIENT_PAGE;
    }

    @Override
    public Component create(Patient patient) {
        return new PatientExportButtons(patient.getId(), exports);
    }
}
