package org.upright.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.upright.base.LocalDays;
import org.upright.base.OnEmbeddedDatabase;
import org.upright.clinic.ClinicContact;
import org.upright.clinic.ClinicSettingsService;
import org.upright.logging.ContextTag;
import org.upright.logging.ExerciseOutcome;
import org.upright.logging.ExerciseResult;
import org.upright.logging.LoggingService;
import org.upright.logging.LoggingService.PastSession;
import org.upright.logging.SessionEntry;
import org.upright.logging.StretchEntry;
import org.upright.logging.WalkEntry;
import org.upright.patient.NewPatient;
import org.upright.patient.PatientForm;
import org.upright.patient.PatientService;
import org.upright.program.DayPlan;
import org.upright.program.ProgramService;
import org.upright.program.ProgramTemplate;
import org.upright.program.TemplateService;
import org.upright.security.AccountPrincipal;
import org.upright.security.AccountService;
import org.upright.security.PasswordPolicy;
import org.upright.security.Role;
import org.upright.security.SystemActor;
import org.upright.security.UserAccount;
import org.upright.security.UserAccountRepository;

/**
 * Demo accounts, patients and weeks of logs for trying Upright out. Only on the embedded
 * database, only into an empty one, and made through the same services the screens use:
 * as the therapist for patients and programs, as the admin for the back-dated logs. The same
 * seed gives the same data, relative to the clock's today.
 */
@Component
@Order(10)
@Conditional(OnEmbeddedDatabase.class)
@ConditionalOnProperty(name = "upright.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String DEMO_PASSWORD = PasswordPolicy.DEMO_PASSWORD;
    static final String TEMPLATE = "UPPER_BACK_WALK_STRETCH";
    private static final long SEED = 20261124L;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final List<String> NOTES = List.of(
            "Felt stiff in the morning, easier after walking.",
            "Walked with a friend, went by quickly.",
            "Long day at the desk, upper back tight by the evening.",
            "Slept badly, a bit sore today.",
            "Rain, so I walked in the shopping centre.",
            "The supported hang feels much better than last week.",
            "Carried the shopping home, felt it afterwards.",
            "Good day, hardly noticed my back.");

    /**
     * One demo patient: which therapist (0 or 1), phase reached, days since the start, how
     * reliably they log, discomfort at the start and now, whether they stopped logging some
     * days ago, whether the program is paused, and a neck injury.
     */
    record Profile(
            String given,
            String family,
            int therapist,
            int phase,
            int startDaysAgo,
            double reliability,
            int discomfortStart,
            int discomfortNow,
            int lapsedDays,
            boolean paused,
            boolean neckInjury) {}

    static final List<Profile> PROFILES = List.of(
            new Profile("Anna", "Berg", 0, 2, 42, 0.92, 5, 2, 0, false, false),
            new Profile("Ben", "Carter", 0, 3, 56, 0.88, 6, 2, 0, false, false),
            new Profile("Clara", "Diaz", 0, 1, 6, 0.95, 4, 3, 0, false, false),
            new Profile("David", "Evans", 0, 2, 45, 0.85, 5, 4, 9, false, false),
            new Profile("Emma", "Fischer", 0, 2, 49, 0.85, 3, 7, 0, false, false),
            new Profile("Felix", "Green", 0, 2, 35, 0.8, 4, 3, 0, false, true),
            new Profile("Grace", "Hall", 1, 3, 53, 0.9, 6, 3, 0, false, false),
            new Profile("Henry", "Ito", 1, 2, 40, 0.8, 5, 5, 0, true, false),
            new Profile("Isla", "Jones", 1, 1, 12, 0.5, 4, 4, 0, false, false),
            new Profile("Jack", "King", 1, 2, 30, 0.82, 5, 3, 0, false, false),
            new Profile("Kira", "Lopez", 1, 3, 56, 0.75, 6, 4, 14, false, false),
            new Profile("Liam", "Moore", 1, 1, 2, 0.9, 5, 5, 0, false, false));

    private final UserAccountRepository accounts;
    private final AccountService accountService;
    private final PatientService patients;
    private final ProgramService programs;
    private final TemplateService templates;
    private final ClinicSettingsService clinic;
    private final LoggingService logging;
    private final SystemActor system;
    private final Clock clock;

    DemoData(
            UserAccountRepository accounts,
            AccountService accountService,
            PatientService patients,
            ProgramService programs,
            TemplateService templates,
            ClinicSettingsService clinic,
            LoggingService logging,
            SystemActor system,
            Clock clock) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.patients = patients;
        this.programs = programs;
        this.templates = templates;
        this.clinic = clinic;
        this.logging = logging;
        this.system = system;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        long started = System.nanoTime();
        // the published demo password is one nobody may choose, so the accounts are made first and given it after
        UserAccount admin = accountService.createFirstAdmin(
                "admin@upright.demo", "Alex Admin", accountService.generateOneTimePassword());
        AccountPrincipal asAdmin = system.principalOf(admin.getId());
        List<UserAccount> therapists = system.runAs(
                asAdmin,
                () -> List.of(
                        accountService.createStaff(
                                "therapist@upright.demo",
                                "Tara Therapist",
                                Role.THERAPIST,
                                accountService.generateOneTimePassword()),
                        accountService.createStaff(
                                "sam.physio@upright.demo",
                                "Sam Physio",
                                Role.THERAPIST,
                                accountService.generateOneTimePassword())));
        accountService.setDemoPassword(admin.getId());
        therapists.forEach(therapist -> accountService.setDemoPassword(therapist.getId()));
        // a made-up clinic, so a trial shows the contact details every safety advice carries
        system.runAs(
                asAdmin,
                () -> clinic.save(new ClinicContact(
                        "Upright Demo Physiotherapy",
                        "+44 20 7946 0123",
                        "clinic@upright.demo",
                        "1 Example Street, London",
                        "112")));
        loadPatients(asAdmin, therapists);
        log.info(
                "Loaded demo data in {} ms; sign in as therapist@upright.demo or anna.patient@upright.demo "
                        + "with password {}",
                (System.nanoTime() - started) / 1_000_000,
                DEMO_PASSWORD);
    }

    /** The demo patients of {@link #PROFILES}, split over the two therapists, with their programs and logs. */
    void loadPatients(AccountPrincipal admin, List<UserAccount> therapists) {
        Random random = new Random(SEED);
        for (Profile profile : PROFILES) {
            AccountPrincipal therapist =
                    system.principalOf(therapists.get(profile.therapist()).getId());
            long patientId = createWithProgram(therapist, admin, profile);
            List<PastSession> sessions = system.runAs(admin, () -> sessionsOf(patientId, profile, random));
            if (!sessions.isEmpty()) {
                system.runAs(admin, () -> logging.recordPast(patientId, sessions));
            }
            if (profile.paused()) {
                system.runAs(
                        therapist,
                        () -> programs.pause(
                                patientId,
                                today(ZoneId.of("Europe/Berlin")).minusDays(4),
                                "Away travelling for two weeks"));
            }
        }
    }

    private long createWithProgram(AccountPrincipal therapist, AccountPrincipal admin, Profile p) {
        ZoneId zone = ZoneId.of(p.given().equals("Grace") ? "Europe/London" : "Europe/Berlin");
        LocalDate start = today(zone).minusDays(p.startDaysAgo());
        NewPatient created = system.runAs(
                therapist,
                () -> patients.create(new PatientForm(
                        p.given(),
                        p.family(),
                        p.given().toLowerCase() + ".patient@upright.demo",
                        LocalDate.of(1960 + p.given().length() * 5, 3, 14),
                        zone.getId(),
                        p.neckInjury() ? Set.of("NECK_INJURY") : Set.of(),
                        p.neckInjury() ? "Whiplash two years ago; leave out neck stretches." : null)));
        long patientId = created.patient().getId();
        accountService.setDemoPassword(created.patient().getAccountId());
        system.runAs(therapist, () -> {
            long templateId = templates.templates().stream()
                    .filter(t -> t.getCode().equals(TEMPLATE))
                    .map(ProgramTemplate::getId)
                    .findFirst()
                    .orElseThrow();
            programs.assign(patientId, templateId, start);
            if (p.given().equals("Clara")) {
                // tailored: a less fit patient starts with shorter walks
                programs.save(
                        patientId,
                        programs.draft(patientId).withEffectiveFrom(start).withWalking(2, 20));
            }
            if (p.phase() >= 2) {
                programs.advancePhase(patientId, start.plusDays(10));
            }
            if (p.phase() >= 3) {
                programs.advancePhase(patientId, start.plusDays(31));
            }
        });
        return patientId;
    }

    /** What the patient would have logged each day from the start until yesterday, as the plan of that day asked. */
    private List<PastSession> sessionsOf(long patientId, Profile p, Random random) {
        ZoneId zone = ZoneId.of(p.given().equals("Grace") ? "Europe/London" : "Europe/Berlin");
        LocalDate today = today(zone);
        LocalDate start = today.minusDays(p.startDaysAgo());
        List<PastSession> sessions = new ArrayList<>();
        // the plan changes only where createWithProgram changed it: ask the program service there
        Set<LocalDate> changes = Set.of(start, start.plusDays(10), start.plusDays(31));
        DayPlan plan = null;
        for (LocalDate day = start; day.isBefore(today.minusDays(p.lapsedDays())); day = day.plusDays(1)) {
            if (plan == null || changes.contains(day)) {
                plan = programs.planOn(patientId, day).orElse(null);
            }
            if (plan == null || (p.paused() && !day.isBefore(today.minusDays(4)))) {
                continue;
            }
            double progress = (double) (day.toEpochDay() - start.toEpochDay()) / Math.max(1, p.startDaysAgo());
            double mean = p.discomfortStart() + (p.discomfortNow() - p.discomfortStart()) * progress;
            for (int walk = 0; walk < plan.walks(); walk++) {
                if (random.nextDouble() < p.reliability()) {
                    int minutes = Math.max(5, plan.minutesPerWalk() + (random.nextInt(5) - 2) * 5);
                    Integer rating = random.nextDouble() < 0.7 ? rating(mean, random) : null;
                    sessions.add(past(
                            new WalkEntry(key(random), day, minutes, null, rating, note(random), tags(random)),
                            day,
                            walk == 0 ? 8 : 18,
                            zone));
                }
            }
            for (int s = 0; s < plan.stretchSessions(); s++) {
                if (random.nextDouble() < p.reliability() - 0.05) {
                    int after = rating(mean, random);
                    List<ExerciseResult> results = plan.exercises().stream()
                            .map(item -> new ExerciseResult(
                                    item.exercise().getId(),
                                    outcome(after, random),
                                    random.nextDouble() < 0.3 ? rating(mean, random) : null))
                            .toList();
                    sessions.add(past(
                            new StretchEntry(
                                    key(random),
                                    day,
                                    plan.warmUpMinutes() + random.nextInt(3) * 5,
                                    results,
                                    random.nextDouble() < 0.4 ? rating(mean + 1, random) : null,
                                    after,
                                    note(random),
                                    tags(random)),
                            day,
                            12,
                            zone));
                }
            }
        }
        return sessions;
    }

    private static PastSession past(SessionEntry entry, LocalDate day, int hour, ZoneId zone) {
        return new PastSession(
                entry, day.atTime(LocalTime.of(hour, 30)).atZone(zone).toInstant());
    }

    private static int rating(double mean, Random random) {
        return (int) Math.max(0, Math.min(10, Math.round(mean + random.nextGaussian() * 0.8)));
    }

    private static ExerciseOutcome outcome(int discomfort, Random random) {
        double r = random.nextDouble();
        if (discomfort >= 6 && r < 0.35) {
            return ExerciseOutcome.TOO_UNCOMFORTABLE;
        }
        return r < 0.08 ? ExerciseOutcome.SKIPPED : ExerciseOutcome.DONE;
    }

    private static @Nullable String note(Random random) {
        return random.nextDouble() < 0.07 ? NOTES.get(random.nextInt(NOTES.size())) : null;
    }

    private static Set<ContextTag> tags(Random random) {
        if (random.nextDouble() >= 0.12) {
            return Set.of();
        }
        return EnumSet.of(ContextTag.values()[random.nextInt(ContextTag.values().length)]);
    }

    // drawn from the seeded random too, so a re-run with the same seed makes the same data
    private static String key(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private LocalDate today(ZoneId zone) {
        return LocalDays.today(clock, zone);
    }
}
