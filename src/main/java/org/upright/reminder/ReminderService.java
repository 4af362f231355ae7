package org.upright.reminder;

import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.patient.Patient;
import org.upright.patient.PatientAccess;

/**
 * A patient's reminders: turned on with one or two times of day, turned off, the Today offers
 * answered; their therapist sees whether they are on; and the unsubscribe link that needs no sign-in.
 */
@Service
public class ReminderService {

    private final ReminderQueries settings;
    private final UnsubscribeTokens tokens;
    private final PatientAccess access;
    private final Clock clock;

    ReminderService(ReminderQueries settings, UnsubscribeTokens tokens, PatientAccess access, Clock clock) {
        this.settings = settings;
        this.tokens = tokens;
        this.access = access;
        this.clock = clock;
    }

    /** The signed-in patient's choice (NONE when they have made none). */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(readOnly = true)
    public ReminderSetting mine() {
        return settings.find(access.requireSelf().getId()).orElse(ReminderSetting.NONE);
    }

    /** True while the patient has never answered the offer of reminders. */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional(readOnly = true)
    public boolean offerOpen() {
        return settings.find(access.requireSelf().getId()).isEmpty();
    }

    @PreAuthorize("hasRole('PATIENT')")
    @Transactional
    public void turnOnMine(ReminderTimes times) {
        settings.save(access.requireSelf().getId(), true, times, clock.instant());
    }

    @PreAuthorize("hasRole('PATIENT')")
    @Transactional
    public void turnOffMine() {
        settings.save(access.requireSelf().getId(), false, null, clock.instant());
    }

    /** "Not now" on Today's offer: reminders stay off and the offer is not shown again. */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional
    public void declineOffer() {
        long patientId = access.requireSelf().getId();
        if (settings.find(patientId).isEmpty()) {
            settings.save(patientId, false, null, clock.instant());
        }
    }

    /** The Web Push offer on Today was answered (allowed or not): it is not shown again. */
    @PreAuthorize("hasRole('PATIENT')")
    @Transactional
    public void closePushOffer() {
        settings.closePushOffer(access.requireSelf().getId(), clock.instant());
    }

    /** Whether a patient has reminders on, for whoever may see the patient (their therapist, an admin). */
    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN', 'PATIENT')")
    @Transactional(readOnly = true)
    public ReminderSetting of(long patientId) {
        Patient patient = access.require(patientId);
        return settings.find(patient.getId()).orElse(ReminderSetting.NONE);
    }

    /**
     * The one-click unsubscribe of a reminder's link, without sign-in: true when the token was made
     * here (reminders are then off, whether or not they were on), false for a forged or altered one.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public boolean unsubscribe(@Nullable String token) {
        Optional<Long> patientId = tokens.patientOf(token);
        patientId.ifPresent(id -> settings.turnOff(id, clock.instant()));
        return patientId.isPresent();
    }
}
