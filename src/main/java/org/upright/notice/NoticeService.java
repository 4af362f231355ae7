package org.upright.notice;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.security.CurrentUser;

/** A therapist's own choice of notices (opt-in); nobody else reads or changes it. */
@Service
public class NoticeService {

    private final NoticeQueries settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    NoticeService(NoticeQueries settings, CurrentUser currentUser, Clock clock) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional(readOnly = true)
    public NoticeSetting mine(ZoneId fallbackZone) {
        return settings.find(currentUser.require().accountId()).orElse(NoticeSetting.none(fallbackZone));
    }

    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional
    public void saveMine(NoticeSetting setting) {
        settings.save(currentUser.require().accountId(), setting, clock.instant());
    }
}
