package org.upright.patient;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "patient")
public class Patient {

    public static final int NAME_MAX = 80;
    public static final int NOTES_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "therapist_id", nullable = false)
    private long therapistId;

    @Column(name = "given_name", nullable = false, length = NAME_MAX)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = NAME_MAX)
    private String familyName;

    @Column(name = "birth_date")
    private @Nullable LocalDate birthDate;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(length = NOTES_MAX)
    private @Nullable String notes;

    @Column(name = "archived_at")
    private @Nullable Instant archivedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "patient_contraindication", joinColumns = @JoinColumn(name = "patient_id"))
    @Column(name = "code", length = 40)
    private Set<String> contraindications = new HashSet<>();

    @Version
    private long version;

    protected Patient() {
        this.givenName = "";
        this.familyName = "";
        this.timeZone = "UTC";
        this.createdAt = Instant.EPOCH;
    }

    Patient(long accountId, long therapistId, Instant createdAt) {
        this();
        this.accountId = accountId;
        this.therapistId = therapistId;
        this.createdAt = createdAt;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("patient not saved yet");
        }
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getTherapistId() {
        return therapistId;
    }

    void setTherapistId(long therapistId) {
        this.therapistId = therapistId;
    }

    public String getGivenName() {
        return givenName;
    }

    void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getFullName() {
        return givenName + " " + familyName;
    }

    public @Nullable LocalDate getBirthDate() {
        return birthDate;
    }

    void setBirthDate(@Nullable LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    /** The patient's today: the clock's date in their time zone. */
    public java.time.LocalDate today(java.time.Clock clock) {
        return org.upright.base.LocalDays.today(clock, getZone());
    }

    public String getTimeZone() {
        return timeZone;
    }

    void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    void setNotes(@Nullable String notes) {
        this.notes = notes;
    }

    public @Nullable Instant getArchivedAt() {
        return archivedAt;
    }

    void setArchivedAt(@Nullable Instant archivedAt) {
        this.archivedAt = archivedAt;
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getContraindications() {
        return Set.copyOf(contraindications);
    }

    void setContraindications(Set<String> codes) {
        contraindications.clear();
        contraindications.addAll(codes);
    }

    public long getVersion() {
        return version;
    }
}
