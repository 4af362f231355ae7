package org.upright;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per table: every table the migrations create belongs to one module, and only that
 * module's code names it in SQL (string literals and text blocks) or maps it as an entity. Other
 * modules ask through the owner's API (the data doors such as ProgramSpans, DaySummaries,
 * AccountDirectory) or through an interface the owner implements.
 */
class TableOwnershipTest {

    /** Table → owning module (the top-level package under org.upright). */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("alert", "alert"),
            Map.entry("alert_cause", "alert"),
            Map.entry("alert_daily_run", "alert"),
            Map.entry("alert_evaluation_due", "alert"),
            Map.entry("shedlock", "alert"),
            Map.entry("audit_event", "audit"),
            Map.entry("clinic_setting", "clinic"),
            Map.entry("daily_activity", "logging"),
            Map.entry("activity_summary", "logging"),
            Map.entry("baseline_day", "logging"),
            Map.entry("red_flag_check", "logging"),
            Map.entry("session_exercise", "logging"),
            Map.entry("session_log", "logging"),
            Map.entry("session_log_history", "logging"),
            Map.entry("exercise", "program"),
            Map.entry("exercise_contraindication", "program"),
            Map.entry("exercise_media", "media"),
            Map.entry("exercise_translation", "program"),
            Map.entry("prescription", "program"),
            Map.entry("prescription_exercise", "program"),
            Map.entry("prescription_withdrawal", "program"),
            Map.entry("program", "program"),
            Map.entry("program_pause", "program"),
            Map.entry("program_template", "program"),
            Map.entry("template_exercise", "program"),
            Map.entry("template_phase", "program"),
            Map.entry("questionnaire", "outcome"),
            Map.entry("questionnaire_item", "outcome"),
            Map.entry("questionnaire_option", "outcome"),
            Map.entry("questionnaire_text", "outcome"),
            Map.entry("questionnaire_response", "outcome"),
            Map.entry("questionnaire_answer", "outcome"),
            Map.entry("outcome_schedule", "outcome"),
            Map.entry("outcome_request", "outcome"),
            Map.entry("patient", "patient"),
            Map.entry("patient_contraindication", "patient"),
            Map.entry("reminder_setting", "reminder"),
            Map.entry("reach_key", "reminder"),
            Map.entry("push_subscription", "reminder"),
            Map.entry("therapist_notice_setting", "notice"),
            Map.entry("user_account", "security"),
            Map.entry("sign_in_address", "security"),
            Map.entry("outbox_message", "mail"),
            Map.entry("account_link", "security"));

    private static final Path MAIN = Path.of("src/main/java/org/upright");
    private static final Pattern CREATE =
            Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)`?");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern SQL_TABLE = Pattern.compile("(?i)\\b(?:FROM|JOIN|UPDATE|INTO|TABLE)\\s+`?(\\w+)`?");
    private static final Pattern ENTITY_TABLE = Pattern.compile("@Table\\s*\\(\\s*name\\s*=\\s*\"(\\w+)\"");

    @Test
    void every_table_has_an_owner() throws IOException {
        TreeSet<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("db/migration"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE.matcher(Files.readString(file));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(created).isNotEmpty();
        assertThat(OWNERS.keySet()).containsAll(created);
    }

    @Test
    void only_the_owner_names_a_table() throws IOException {
        List<String> trespasses = new ArrayList<>();
        int tablesSeen = 0;
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = MAIN.relativize(file).getName(0).toString();
                String source = Files.readString(file);
                List<String> tables = new ArrayList<>();
                Matcher entity = ENTITY_TABLE.matcher(source);
                while (entity.find()) {
                    tables.add(entity.group(1));
                }
                for (String literal : literals(source)) {
                    Matcher sql = SQL_TABLE.matcher(literal);
                    while (sql.find()) {
                        tables.add(sql.group(1).toLowerCase(Locale.ROOT));
                    }
                }
                for (String table : tables) {
                    String owner = OWNERS.get(table);
                    if (owner != null) {
                        tablesSeen++;
                        if (!owner.equals(module)) {
                            trespasses.add(MAIN.relativize(file) + " names " + table + " (owned by " + owner + ")");
                        }
                    }
                }
            }
        }
        // the scan must find the tables the modules do use, or it would pass on nothing
        assertThat(tablesSeen).isGreaterThan(50);
        assertThat(trespasses).isEmpty();
    }

    /** The contents of the string literals and text blocks of a source file. */
    static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        Matcher block = TEXT_BLOCK.matcher(source);
        StringBuilder rest = new StringBuilder();
        while (block.find()) {
            literals.add(block.group(1));
            block.appendReplacement(rest, " ");
        }
        block.appendTail(rest);
        Matcher string = STRING.matcher(rest);
        while (string.find()) {
            literals.add(string.group(1));
        }
        return literals;
    }
}
