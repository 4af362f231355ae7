package org.upright.clinic;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.mail.Letterhead;

/** The clinic's name and contact for the footer of e-mails, read when a message is sent (no user signed in). */
@Component
class ClinicLetterhead implements Letterhead {

    private final ClinicSettings settings;

    ClinicLetterhead(ClinicSettings settings) {
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public String clinicName() {
        return value(ClinicSettingsService.NAME);
    }

    @Override
    @Transactional(readOnly = true)
    public String phone() {
        return value(ClinicSettingsService.PHONE);
    }

    @Override
    @Transactional(readOnly = true)
    public String email() {
        return value(ClinicSettingsService.EMAIL);
    }

    private String value(String key) {
        return settings.withPrefix("clinic.").getOrDefault(key, "").strip();
    }
}
