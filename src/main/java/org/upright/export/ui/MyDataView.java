package org.upright.export.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.upright.base.NotFoundException;
import org.upright.export.ExportService;
import org.upright.security.Role;

/** "Download my data": a patient takes their own record with them, in open formats. */
@Route("my-data")
@Menu(title = "export.mydata.menu", order = 80, icon = "vaadin:download")
@RolesAllowed(Role.PATIENT_ROLE)
class MyDataView extends VerticalLayout implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("export.mydata.page-title");
    }

    MyDataView(ExportService exports) {
        setMaxWidth("40rem");
        long patientId;
        try {
            patientId = exports.ownPatientId();
        } catch (NotFoundException none) {
            add(new Paragraph(getTranslation("export.my-data.none")));
            return;
        }
        Locale locale = getLocale();
        add(
                new Paragraph(getTranslation("export.my-data.intro")),
                Downloads.link(
                        getTranslation("export.my-data.csv"),
                        VaadinIcon.FILE_TABLE,
                        () -> exports.csv(patientId, locale)),
                Downloads.link(
                        getTranslation("export.my-data.fhir"),
                        VaadinIcon.FILE_CODE,
                        () -> exports.fhirBundle(patientId)),
                Downloads.link(
                        getTranslation("export.my-data.handout"), VaadinIcon.PRINT, () -> exports.handout(patientId)));
    }
}
