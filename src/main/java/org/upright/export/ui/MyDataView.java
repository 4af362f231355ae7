package org.upright.export.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.upright.base.NotFoundException;
import org.upright.export.ExportService;
import org.upright.security.Role;

/** "Download my data": a patient takes their own record with them, in open formats. */
@Route("my-data")
@PageTitle("My data · Upright")
@Menu(title = "My data", order = 80, icon = "vaadin:download")
@RolesAllowed(Role.PATIENT_ROLE)
class MyDataView extends VerticalLayout {

    MyDataView(ExportService exports) {
        setMaxWidth("40rem");
        add(new H2("My data"));
        long patientId;
        try {
            patientId = exports.ownPatientId();
        } catch (NotFoundException none) {
            add(new Paragraph("There is no record to download yet."));
            return;
        }
        add(
                new Paragraph("Download everything Upright keeps about you: your details, your program and every "
                        + "session you logged. CSV opens in a spreadsheet; FHIR is the health-data format other clinics' "
                        + "systems read."),
                Downloads.link("My record as CSV", VaadinIcon.FILE_TABLE, () -> exports.csv(patientId)),
                Downloads.link(
                        "My record as FHIR R4 (JSON)", VaadinIcon.FILE_CODE, () -> exports.fhirBundle(patientId)),
                Downloads.link("My program handout (PDF)", VaadinIcon.PRINT, () -> exports.handout(patientId)));
    }
}
