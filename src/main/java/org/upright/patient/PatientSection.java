package org.upright.patient;

import com.vaadin.flow.component.Component;

/**
 * A part of a patient's pages that another feature contributes as a bean, so the patient module
 * collects sections without importing the features that make them.
 */
public interface PatientSection {

    /** Where a section is shown. */
    enum Place { PATIENT_PAGE, DASHBOARD }

    /** Sections are shown by this number, lowest first. */
    int order();

    boolean shownOn(Place place);

    /** A new component for this patient, made for the signed-in therapist or admin who opened the page. */
    Component create(Patient patient);
}
