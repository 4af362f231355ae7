package org.upright.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.upright.IntegrationTest;
import org.upright.TestAccounts;
import org.upright.TestPatients;
import org.upright.audit.AuditLog;
import org.upright.base.InvalidInputException;
import org.upright.base.NotFoundException;
import org.upright.clinic.ClinicContact;
import org.upright.clinic.ClinicSettingsService;
import org.upright.mail.EmbeddedSmtp;
import org.upright.mail.MessageBodies;
import org.upright.mail.MovableClock;
import org.upright.mail.Outbox;
import org.upright.mail.OutboxWorker;
import org.upright.mail.TestSmtp;
import org.upright.patient.NewPatient;
import org.upright.patient.PatientService;
import org.upright.security.PasswordLinks.LinkPurpose;

/**
 * Invitations and password resets end to end, against a real SMTP server: the link in the e-mail works
 * once, expires, the reset ends every session of the account, an unknown address gets nothing, asking
 * is throttled, and no message holds the patient's name or health data.
 */
@IntegrationTest
class PasswordLinksIT extends TestSmtp {

    private static final Pattern LINK = Pattern.compile("http://upright\\.test/set-password/([A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "violet harbour under nine moons";

    @Autowired
    PasswordLinks links;

    @Autowired
    AccountService accountService;

    @Autowired
    OutboxWorker worker;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestPatients patients;

    @Autowired
    PatientService patientService;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    SystemActor system;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    AccountLinks accountLinks;

    @Autowired
    Outbox outbox;

    @Autowired
    PasswordPolicy policy;

    @Autowired
    LoginAddresses addresses;

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ClinicSettingsService clinic;

    private final String address = "198.51.100." + (System.nanoTime() % 200 + 1) + "-" + System.nanoTime();

    @BeforeEach
    void thisContextsSecurityHolder() {
        SecurityContextHolder.setContextHolderStrategy(contexts);
        startSmtp();
    }

    @Test
    void a_new_patient_is_invited_and_the_link_works_once() throws Exception {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        NewPatient made = patients.create(therapist, "Ingrid", "Halvorsen", "Left knee replacement");

        worker.sendDue();
        MimeMessage invitation = onlyMessageTo(made.email());
        assertThat(invitation.getSubject()).contains("choose your password");
        assertThat(EmbeddedSmtp.textOf(invitation, "text/html")).contains("set-password/");
        String token = tokenIn(invitation);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_link WHERE token_hash = ?", Integer.class, token))
                .as("the token itself is not stored")
                .isZero();

        assertThat(links.check(token)).contains(LinkPurpose.INVITATION);
        links.choosePassword(token, NEW_PASSWORD);
        UserAccount account = repository.findById(made.patient().getAccountId()).orElseThrow();
        assertThat(encoder.matches(NEW_PASSWORD, account.getPasswordHash())).isTrue();
        assertThat(account.isMustChangePassword()).isFalse();

        assertThat(links.check(token)).as("used").isEmpty();
        assertThatThrownBy(() -> links.choosePassword(token, "another long password for later"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("token"));
        assertThat(jdbc.queryForList(
                        "SELECT detail FROM audit_event WHERE actor_id = ? OR entity_id = ?",
                        String.class,
                        account.getId(),
                        account.getId()))
                .as("the trail shows the invitation and the new password, never the token")
                .isNotEmpty()
                .noneMatch(detail -> detail != null && detail.contains(token));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'PASSWORD_SET_BY_LINK' AND actor_id = ?",
                        Integer.class,
                        account.getId()))
                .isEqualTo(1);
    }

    @Test
    void a_new_staff_member_is_invited_and_the_one_time_password_still_works() throws Exception {
        UserAccount admin = accounts.create(Role.ADMIN);
        String email = "new-staff-" + System.nanoTime() + "@test.example";
        OneTimeCredentials made = accounts.as(
                admin,
                () -> accountService.createStaffWithOneTimePassword(email, "Nora Lindqvist", Role.THERAPIST, null));
        assertThat(encoder.matches(
                        made.password(),
                        repository
                                .findById(made.account().getId())
                                .orElseThrow()
                                .getPasswordHash()))
                .isTrue();

        worker.sendDue();
        assertThat(links.check(tokenIn(onlyMessageTo(email)))).contains(LinkPurpose.INVITATION);
    }

    @Test
    void a_reset_link_works_once_and_ends_every_session_of_the_account() throws Exception {
        UserAccount patient = accounts.create(Role.PATIENT);
        AccountPrincipal signedInBefore = accounts.principal(patient);
        String laptop = "laptop-" + System.nanoTime();
        String phone = "phone-" + System.nanoTime();
        sessions.registerNewSession(laptop, signedInBefore);
        sessions.registerNewSession(phone, signedInBefore);

        links.requestReset(patient.getEmail().toUpperCase(), address);
        worker.sendDue();
        MimeMessage reset = onlyMessageTo(patient.getEmail());
        assertThat(reset.getSubject()).isEqualTo("Reset your Upright password");
        String token = tokenIn(reset);
        assertThat(links.check(token)).contains(LinkPurpose.RESET);

        assertThatThrownBy(() -> links.choosePassword(token, "short"))
                .as("the password policy applies")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("password"));
        links.choosePassword(token, NEW_PASSWORD);

        assertThat(sessions.getSessionInformation(laptop).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation(phone).isExpired()).isTrue();
        assertThatThrownBy(() -> system.runAs(signedInBefore, () -> currentUser.require()))
                .as("a session signed in before the reset, on any instance")
                .isInstanceOf(AccessDeniedException.class);
        AccountPrincipal signedInAfter = accounts.principal(patient);
        assertThat(system.runAs(signedInAfter, () -> currentUser.require().accountId()))
                .isEqualTo(patient.getId());

        assertThat(links.check(token)).isEmpty();
        assertThatThrownBy(() -> links.choosePassword(token, "yet another long password here"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_mail_is_in_the_language_the_person_chose() throws Exception {
        UserAccount patient = accounts.create(Role.PATIENT);
        jdbc.update("UPDATE user_account SET language = 'de' WHERE id = ?", patient.getId());

        links.requestReset(patient.getEmail(), address);
        worker.sendDue();

        assertThat(onlyMessageTo(patient.getEmail()).getSubject()).isEqualTo("Upright-Passwort zurücksetzen");
    }

    @Test
    void expired_links_are_refused() throws Exception {
        UserAccount patient = accounts.create(Role.PATIENT);
        links.requestReset(patient.getEmail(), address);
        worker.sendDue();
        String reset = tokenIn(onlyMessageTo(patient.getEmail()));

        UserAccount therapist = accounts.create(Role.THERAPIST);
        NewPatient invited = patients.create(therapist, "Tove", "Ekdahl", "");
        worker.sendDue();
        String invitation = tokenIn(onlyMessageTo(invited.email()));

        MovableClock later = new MovableClock(clock.instant());
        PasswordLinks movedOn = new PasswordLinks(
                repository, accountLinks, outbox, encoder, policy, sessions, addresses, audit, later, transactions);
        later.move(Duration.ofMinutes(29));
        assertThat(movedOn.check(reset)).contains(LinkPurpose.RESET);
        later.move(Duration.ofMinutes(2));
        assertThat(movedOn.check(reset)).as("a reset link after 31 minutes").isEmpty();
        assertThatThrownBy(() -> movedOn.choosePassword(reset, NEW_PASSWORD))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("token"));

        assertThat(movedOn.check(invitation))
                .as("an invitation after 31 minutes")
                .contains(LinkPurpose.INVITATION);
        later.move(Duration.ofHours(72));
        assertThat(movedOn.check(invitation)).as("an invitation after 72 hours").isEmpty();
        assertThatThrownBy(() -> movedOn.choosePassword(invitation, NEW_PASSWORD))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_nothing_is_sent() {
        worker.sendDue();
        int queued = countOutbox();
        int received = smtp().getReceivedMessages().length;

        String nobody = "nobody-" + System.nanoTime() + "@test.example";
        links.requestReset(nobody, address);
        worker.sendDue();

        assertThat(countOutbox()).isEqualTo(queued);
        assertThat(smtp().getReceivedMessages()).hasSize(received);
        assertThat(receivedBy(nobody)).isEmpty();
    }

    @Test
    void asking_is_throttled_per_client_address_and_per_account() {
        UserAccount patient = accounts.create(Role.PATIENT);
        for (int i = 0; i < PasswordLinks.RESETS_PER_HOUR + 2; i++) {
            links.requestReset(patient.getEmail(), address + "-" + i);
        }
        assertThat(resetLinksOf(patient)).isEqualTo(PasswordLinks.RESETS_PER_HOUR);

        UserAccount other = accounts.create(Role.PATIENT);
        for (int i = 0; i < LoginAddresses.MAX_FAILURES; i++) {
            links.requestReset("nobody-" + i + "-" + System.nanoTime() + "@test.example", address);
        }
        links.requestReset(other.getEmail(), address);
        assertThat(resetLinksOf(other))
                .as("this client address asked too often")
                .isZero();
        links.requestReset(other.getEmail(), address + "-elsewhere");
        assertThat(resetLinksOf(other)).isEqualTo(1);
    }

    @Test
    void a_therapist_sends_a_link_to_their_own_patients_only_and_an_admin_to_anyone() throws Exception {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        UserAccount colleague = accounts.create(Role.THERAPIST);
        NewPatient own = patients.create(therapist, "Maren", "Solberg", "");
        NewPatient theirs = patients.create(colleague, "Pia", "Lund", "");
        worker.sendDue();

        accounts.as(
                therapist, () -> patientService.sendPasswordLink(own.patient().getId()));
        assertThatThrownBy(() -> accounts.as(
                        therapist,
                        () -> patientService.sendPasswordLink(theirs.patient().getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(therapist, () -> links.sendResetLinkAsAdmin(colleague.getId())))
                .isInstanceOf(AccessDeniedException.class);
        UserAccount admin = accounts.create(Role.ADMIN);
        accounts.as(admin, () -> links.sendResetLinkAsAdmin(colleague.getId()));

        worker.sendDue();
        assertThat(receivedBy(own.email())).hasSize(2); // the invitation and the reset link
        assertThat(receivedBy(theirs.email())).hasSize(1); // the invitation only
        assertThat(tokenIn(onlyMessageTo(colleague.getEmail()))).isNotBlank();
    }

    @Test
    void no_message_holds_the_patients_name_or_health_data() throws Exception {
        UserAccount therapist = accounts.create(Role.THERAPIST);
        NewPatient made = patients.create(therapist, "Sigrunhild", "Oppedal", "Meniscus tear, worse on stairs");
        long patientId = made.patient().getId();
        patients.assignProgram(therapist, patientId);
        patients.logSessions(patientId, LocalDate.now(clock).minusDays(1), "Knee swollen after the walk");
        links.requestReset(made.email(), address);
        worker.sendDue();

        List<MimeMessage> sent = receivedBy(made.email());
        assertThat(sent).hasSize(2);
        List<String> facts = List.of(
                "Sigrunhild", "Oppedal", "Meniscus", "worse on stairs", "Knee swollen", "swollen", "Calf raise");
        for (MimeMessage message : sent) {
            MessageBodies.assertNoHealthData(message, facts);
        }
    }

    @Test
    void the_mail_is_multipart_from_the_clinic_with_its_contact() throws Exception {
        UserAccount admin = accounts.create(Role.ADMIN);
        ClinicContact before = accounts.as(admin, () -> clinic.current());
        try {
            accounts.as(
                    admin,
                    () -> clinic.save(new ClinicContact(
                            "Fjordside Physio", "+47 555 01 234", "desk@fjordside.example", "Kai 1", "113")));
            UserAccount patient = accounts.create(Role.PATIENT);
            links.requestReset(patient.getEmail(), address);
            worker.sendDue();
            MimeMessage message = onlyMessageTo(patient.getEmail());

            assertThat(message.getContentType()).startsWith("multipart/");
            assertThat(((jakarta.mail.internet.InternetAddress) message.getFrom()[0]).getPersonal())
                    .isEqualTo("Fjordside Physio");
            String text = EmbeddedSmtp.textOf(message, "text/plain");
            String html = EmbeddedSmtp.textOf(message, "text/html");
            assertThat(text).contains("Fjordside Physio", "+47 555 01 234", "desk@fjordside.example");
            assertThat(html).contains("<a href=\"http://upright.test/set-password/", "+47 555 01 234");
        } finally {
            accounts.as(admin, () -> clinic.save(before));
        }
    }

    private int countOutbox() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message", Integer.class);
    }

    private int resetLinksOf(UserAccount account) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM account_link WHERE account_id = ? AND purpose = 'RESET'",
                Integer.class,
                account.getId());
    }

    private static MimeMessage onlyMessageTo(String email) {
        List<MimeMessage> messages = receivedBy(email);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static String tokenIn(MimeMessage message) throws Exception {
        Matcher link = LINK.matcher(String.valueOf(EmbeddedSmtp.textOf(message, "text/plain")));
        assertThat(link.find()).as("the message holds a link").isTrue();
        return link.group(1);
    }
}
