package org.upright.patient.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.upright.base.DatePickers;
import org.upright.base.FieldErrors;
import org.upright.patient.Contraindication;
import org.upright.patient.Patient;
import org.upright.patient.PatientForm;

/** The patient's details as a form, for creating and editing; errors from the service appear at their fields. */
class PatientFormFields extends FormLayout {

    static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");
    private static final int EMAIL_MAX = 254;

    final TextField givenName = new TextField(getTranslation("patient.form.given-name"));
    final TextField familyName = new TextField(getTranslation("patient.form.family-name"));
    final EmailField email = new EmailField(getTranslation("patient.form.email"));
    final DatePicker birthDate = DatePickers.localised(new DatePicker(getTranslation("patient.form.birth-date")));
    final ComboBox<String> timeZone = new ComboBox<>(getTranslation("patient.form.time-zone"));
    final CheckboxGroup<Contraindication> contraindications =
            new CheckboxGroup<>(getTranslation("patient.form.contraindications"));
    final TextArea notes = new TextArea(getTranslation("patient.form.notes"));
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();
    private final boolean withEmail;

    PatientFormFields(boolean withEmail) {
        this.withEmail = withEmail;
        givenName.setMaxLength(Patient.NAME_MAX);
        givenName.setRequiredIndicatorVisible(true);
        familyName.setMaxLength(Patient.NAME_MAX);
        familyName.setRequiredIndicatorVisible(true);
        email.setMaxLength(EMAIL_MAX);
        email.setRequiredIndicatorVisible(true);
        email.setHelperText(getTranslation("patient.form.email-help"));
        birthDate.setMax(LocalDate.now());
        birthDate.setMin(LocalDate.of(1900, 1, 1));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setValue(DEFAULT_ZONE.getId());
        timeZone.setRequiredIndicatorVisible(true);
        timeZone.setHelperText(getTranslation("patient.form.time-zone-help"));
        contraindications.setItems(EnumSet.allOf(Contraindication.class));
        contraindications.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        contraindications.setHelperText(getTranslation("patient.form.contraindications-help"));
        notes.setMaxLength(Patient.NOTES_MAX);
        // patients have a right to their record: these notes are in the record they download themselves
        notes.setHelperText(getTranslation("patient.form.notes-help"));

        fieldsByName.put("givenName", givenName);
        fieldsByName.put("familyName", familyName);
        if (withEmail) {
            fieldsByName.put("email", email);
        }
        fieldsByName.put("birthDate", birthDate);
        fieldsByName.put("timeZone", timeZone);
        fieldsByName.put("contraindications", contraindications);
        fieldsByName.put("notes", notes);
        // the service's messages stay at their fields until the next save, whatever the field checks itself
        fieldsByName.values().forEach(f -> f.setManualValidation(true));
        fieldsByName.values().forEach(f -> add((com.vaadin.flow.component.Component) f));
        setColspan(contraindications, 2);
        setColspan(notes, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
    }

    /** Uses the browser's time zone as the default when it is a known one. */
    void defaultZoneFromBrowser(UI ui) {
        ui.getPage().retrieveExtendedClientDetails(details -> {
            String zone = details.getTimeZoneId();
            try {
                if (zone != null && !zone.isBlank() && DEFAULT_ZONE.getId().equals(timeZone.getValue())) {
                    ZoneId.of(zone);
                    timeZone.setValue(zone);
                }
            } catch (DateTimeException ex) {
                // keep the default
            }
        });
    }

    void fill(Patient patient) {
        givenName.setValue(patient.getGivenName());
        familyName.setValue(patient.getFamilyName());
        birthDate.setValue(patient.getBirthDate());
        timeZone.setValue(patient.getTimeZone());
        contraindications.setValue(patient.getContraindications().stream()
                .flatMap(code -> Contraindication.of(code).stream())
                .collect(Collectors.toSet()));
        notes.setValue(patient.getNotes() == null ? "" : patient.getNotes());
    }

    PatientForm value() {
        Set<String> codes =
                contraindications.getValue().stream().map(Enum::name).collect(Collectors.toSet());
        return new PatientForm(
                givenName.getValue(),
                familyName.getValue(),
                withEmail ? email.getValue() : "",
                birthDate.getValue(),
                timeZone.getValue() == null ? "" : timeZone.getValue(),
                codes,
                notes.getValue());
    }

    void clearErrors() {
        FieldErrors.clear(fieldsByName);
    }

    /** Shows each message at its field; returns the messages that belong to no field here. */
    Map<String, String> showErrors(Map<String, String> errors) {
        return FieldErrors.show(fieldsByName, errors);
    }
}
