package org.upright.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.audit.AuditAction;
import org.upright.audit.AuditEvent;
import org.upright.audit.AuditFilter;
import org.upright.audit.AuditLog;
import org.upright.audit.AuditService;
import org.upright.base.MessageBundles;
import org.upright.patient.PatientService;
import org.upright.security.AccountDirectory;

/**
 * The audit trail as an admin reads it: people by name, looked up when the trail is read through the
 * modules that own them (the append-only trail keeps ids only, so erasure never needs to touch it; an
 * erased person reads as "erased account"), and the filtered rows as CSV, an export that is audited too.
 */
@Service
public class AuditTrail {

    /** The most rows one CSV export holds. */
    public static final int EXPORT_MAX = 100_000;

    // how details name staff by account id, e.g. a reassignment "from therapist 2 to therapist 19"
    private static final Pattern THERAPIST_ID = Pattern.compile("\\btherapist (\\d+)\\b");
    private static final String ACCOUNT = "user_account";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final AuditService trail;
    private final AccountDirectory accounts;
    private final PatientService patients;
    private final AuditLog audit;
    private final MessageBundles bundles;

    AuditTrail(
            AuditService trail,
            AccountDirectory accounts,
            PatientService patients,
            AuditLog audit,
            MessageBundles bundles) {
        this.trail = trail;
        this.accounts = accounts;
        this.patients = patients;
        this.audit = audit;
        this.bundles = bundles;
    }

    /**
     * One event with names: {@code actor} (null when nobody was signed in), {@code patient} (null when the
     * event is about no patient), the record it is about (an account by name too) and the detail with staff ids
     * replaced by names.
     */
    public record Line(
            AuditEvent event,
            @Nullable String actor,
            @Nullable String patient,
            String record,
            String detail) {}

    /** A page of the filtered trail, newest first, with names in the given language. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Line> page(AuditFilter filter, int offset, int limit, Locale locale) {
        return lines(trail.find(filter, offset, limit), locale);
    }

    /** Every row the filter matches (up to {@link #EXPORT_MAX}) as CSV; the export itself is audited. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public byte[] csv(AuditFilter filter, Locale locale) {
        List<AuditEvent> events = new ArrayList<>();
        while (events.size() < EXPORT_MAX) {
            List<AuditEvent> page =
                    trail.find(filter, events.size(), Math.min(AuditService.MAX_PAGE, EXPORT_MAX - events.size()));
            events.addAll(page);
            if (page.size() < AuditService.MAX_PAGE) {
                break;
            }
        }
        List<Line> lines = lines(events, locale);
        // the filter may hold an address: the event says only how much left the app
        audit.record(AuditAction.AUDIT_EXPORTED, null, "audit_event", null, lines.size() + " rows as CSV");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(
                new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord(List.of(
                    "when_utc",
                    "user",
                    "user_email",
                    "role",
                    "action",
                    "patient_id",
                    "patient",
                    "record",
                    "record_id",
                    "detail"));
            for (Line line : lines) {
                AuditEvent e = line.event();
                csv.printRecord(
                        WHEN.format(e.at()),
                        cell(line.actor()),
                        cell(e.actorEmail()),
                        cell(e.actorRole()),
                        e.action(),
                        e.patientId() == null ? "" : e.patientId(),
                        cell(line.patient()),
                        cell(e.entity()),
                        e.entityId() == null ? "" : e.entityId(),
                        cell(line.detail()));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    private List<Line> lines(List<AuditEvent> events, Locale locale) {
        Set<Long> accountIds = new HashSet<>();
        Set<Long> patientIds = new HashSet<>();
        for (AuditEvent e : events) {
            if (e.actorId() != null) {
                accountIds.add(e.actorId());
            }
            if (e.patientId() != null) {
                patientIds.add(e.patientId());
            }
            if (ACCOUNT.equals(e.entity()) && e.entityId() != null) {
                accountIds.add(e.entityId());
            }
            accountIds.addAll(therapistIds(e.detail()));
        }
        Map<Long, String> accountNames = accounts.namesOf(accountIds);
        Map<Long, String> patientNames = patients.namesOf(patientIds);
        String erased = bundles.text(locale, "admin.audit.erased-account");
        List<Line> lines = new ArrayList<>(events.size());
        for (AuditEvent e : events) {
            String actor = e.actorId() == null ? null : name(accountNames.get(e.actorId()), erased);
            String patient = e.patientId() == null ? null : name(patientNames.get(e.patientId()), erased);
            lines.add(new Line(
                    e,
                    actor,
                    patient,
                    record(e, accountNames, erased, locale),
                    detail(e.detail(), accountNames, erased)));
        }
        return lines;
    }

    /** The record in words ("Account #7 (Ada Example)"); a kind of record without words yet shows its table's name. */
    private String record(AuditEvent e, Map<Long, String> accountNames, String erased, Locale locale) {
        if (e.entity() == null) {
            return "";
        }
        String key = "admin.audit.record." + e.entity();
        String words = bundles.text(locale, key);
        String kind = words.equals("!" + key + "!") ? e.entity() : words;
        if (e.entityId() == null) {
            return kind;
        }
        String record = kind + " #" + e.entityId();
        return ACCOUNT.equals(e.entity()) ? record + " (" + name(accountNames.get(e.entityId()), erased) + ")" : record;
    }

    private static List<Long> therapistIds(@Nullable String detail) {
        List<Long> ids = new ArrayList<>();
        if (detail != null) {
            Matcher m = THERAPIST_ID.matcher(detail);
            while (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
        }
        return ids;
    }

    private static String detail(@Nullable String detail, Map<Long, String> names, String erased) {
        if (detail == null) {
            return "";
        }
        return THERAPIST_ID
                .matcher(detail)
                .replaceAll(m ->
                        Matcher.quoteReplacement("therapist " + name(names.get(Long.parseLong(m.group(1))), erased)));
    }

    /** A name as it is now; an account or patient that is gone, or was erased, reads as erased. */
    private static String name(@Nullable String now, String erased) {
        return now == null || now.startsWith(AdminService.ERASED_GIVEN_NAME + " Patient #") ? erased : now;
    }

    /** Text that a spreadsheet would run as a formula is kept as text. */
    private static String cell(@Nullable String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
