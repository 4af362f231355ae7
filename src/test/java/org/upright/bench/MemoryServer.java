package org.upright.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.upright.Application;
import org.upright.patient.PatientForm;
import org.upright.patient.PatientService;
import org.upright.program.ProgramService;
import org.upright.program.ProgramTemplate;
import org.upright.program.TemplateService;
import org.upright.security.SystemActor;

/**
 * The app as {@link MemoryHarness} measures it, in a JVM of its own: started like the production
 * build (production mode, the runtime classpath without Vaadin's dev tools), on an embedded
 * database with the demo data and, for the demo therapist, generated patients so that the caseload
 * grid has more than one page. Prints one line {@code MEMORY-SERVER ready ...} with the ids the
 * harness needs; the harness reads this process's heap with jcmd.
 */
public final class MemoryServer {

    static final String THERAPIST = "therapist@upright.demo";
    static final String PATIENT = "anna.patient@upright.demo";

    private MemoryServer() {}

    public static void main(String[] args) {
        int extra = Integer.getInteger("memory.patients", 60);
        ConfigurableApplicationContext context = new SpringApplication(Application.class).run(args);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long therapist = jdbc.queryForObject("SELECT id FROM user_account WHERE email = ?", Long.class, THERAPIST);
        int have = jdbc.queryForObject(
                "SELECT COUNT(*) FROM patient WHERE therapist_id = ? AND archived_at IS NULL",
                Integer.class,
                therapist);
        if (have < extra) {
            addPatients(context, therapist, extra - have);
        }
        long patient = jdbc.queryForObject(
                "SELECT p.id FROM patient p JOIN user_account a ON a.id = p.account_id WHERE a.email = ?",
                Long.class,
                PATIENT);
        int caseload = jdbc.queryForObject(
                "SELECT COUNT(*) FROM patient WHERE therapist_id = ? AND archived_at IS NULL",
                Integer.class,
                therapist);
        System.out.println("MEMORY-SERVER ready pid="
                + ManagementFactory.getRuntimeMXBean().getPid() + " patient=" + patient + " caseload=" + caseload);
        System.out.flush();
    }

    /** Patients with the built-in program from a few weeks ago and no logs, created as the therapist would. */
    private static void addPatients(ConfigurableApplicationContext context, long therapistId, int count) {
        SystemActor system = context.getBean(SystemActor.class);
        PatientService patients = context.getBean(PatientService.class);
        ProgramService programs = context.getBean(ProgramService.class);
        TemplateService templates = context.getBean(TemplateService.class);
        var therapist = system.principalOf(therapistId);
        system.runAs(therapist, () -> {
            long template = templates.templates().stream()
                    .filter(t -> t.getCode().equals("UPPER_BACK_WALK_STRETCH"))
                    .map(ProgramTemplate::getId)
                    .findFirst()
                    .orElseThrow();
            for (int i = 0; i < count; i++) {
                String given = "Gen" + (char) ('A' + i % 26) + i;
                long id = patients.create(new PatientForm(
                                given,
                                "Memory",
                                "memory-" + System.nanoTime() + "-" + i + "@memory.example",
                                LocalDate.of(1970 + i % 30, 1 + i % 12, 1 + i % 28),
                                "Europe/Berlin",
                                Set.of(),
                                null))
                        .patient()
                        .getId();
                programs.assign(id, template, LocalDate.now().minusDays(7 + i % 40));
            }
        });
    }
}
