package org.upright.patient;

import com.vaadin.flow.component.Component;

/**
 * A part of a patient's pages that another feature contributes as a bean, so the patient module
 * collects sections without importing the features that make them.
 */
public interface PatientSection {

    /**
     * Where a section is shown: the therapist's patient page and patient dashboard, or the patient's
     * own History page.
     */
    enum Place {
        PATIENT_PAGE,
        DASHBOARD,
        OWN_HISTORY
    }

    /** Sections are shown by this number, lowest first. */
    int order();

    boolean shownOn(Place place);

    /** A new component for this patient, made for the signed-in user who opened the page. */
    Component create(Patient patient);
}
