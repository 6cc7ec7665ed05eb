package health.journey.query.patient;

import health.journey.api.consent.ConsentChannel;
import health.journey.api.consent.ConsentPurpose;
import health.journey.api.consent.ConsentStatus;
import health.journey.api.patient.LifecycleStage;
import health.journey.api.patient.PatientEvent;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The patient read model's changes of one batch of events, kept in memory and written when the
 * batch commits: one query reads the state of every patient in the batch, and each table gets one
 * batched statement. Changes to the same row are folded into its final state first, so the writes
 * do not depend on their order.
 */
final class ReadModelBatch {

  private static final String RESOURCE = ReadModelBatch.class.getName();

  /**
   * What the projection knows of a patient while it works: how far it has projected them, and their
   * stage.
   */
  static final class Patient {
    final UUID id;
    final Instant openedAt;
    long lastSequence;
    LifecycleStage stage;
    Instant updatedAt;
    boolean changed;

    Patient(UUID id, Instant openedAt, long lastSequence, LifecycleStage stage) {
      this.id = id;
      this.openedAt = openedAt;
      this.lastSequence = lastSequence;
      this.stage = stage;
    }
  }

  /** A new patient's summary row. */
  record NewSummary(
      UUID id,
      String cardNumber,
      String tier,
      String channel,
      String name,
      String phone,
      String idNumber,
      String sex,
      java.time.LocalDate birthDate,
      Instant openedAt) {}

  record Consent(
      ConsentStatus status,
      ConsentChannel channel,
      String wordingVersion,
      Instant changedAt,
      String withdrawalReason) {}

  record Tag(Instant appliedAt, String appliedBy, String appliedByRole, String reason) {}

  record TimelineEntry(
      UUID patientId,
      long sequence,
      String kind,
      String summary,
      String note,
      Instant occurredAt,
      Instant recordedAt,
      String actorId,
      String actingRole) {}

  /** One health-record update; each part is written only when it was given. */
  record HealthRecordChange(
      UUID patientId,
      boolean addressGiven,
      String address,
      String[] medicalHistory,
      String[] familyHistory,
      String[] allergies,
      String[] medications,
      boolean lifestyleGiven,
      String smoking,
      Integer cigarettesPerDay,
      String drinking,
      Integer exerciseMinutesPerWeek,
      java.math.BigDecimal sleepHoursPerNight,
      boolean measurementsGiven,
      java.math.BigDecimal heightCm,
      java.math.BigDecimal weightKg,
      java.math.BigDecimal waistCm,
      java.time.LocalDate measuredOn,
      boolean notesGiven,
      String notes,
      Instant updatedAt) {}

  private final JdbcTemplate jdbc;
  private final Map<UUID, Patient> patients = new HashMap<>();
  private final Set<UUID> prefetched = new HashSet<>();
  private final Map<UUID, NewSummary> newSummaries = new LinkedHashMap<>();
  private final Map<List<Object>, Consent> consents = new LinkedHashMap<>();
  private final Map<List<Object>, Tag> tags = new LinkedHashMap<>();
  private final List<HealthRecordChange> healthRecords = new ArrayList<>();
  private final List<TimelineEntry> timeline = new ArrayList<>();

  private ReadModelBatch(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The batch of the unit of work being processed, created (and set to be written on commit) on
   * first use.
   */
  static ReadModelBatch current(JdbcTemplate jdbc) {
    UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
    return unitOfWork.getOrComputeResource(
        RESOURCE,
        key -> {
          ReadModelBatch batch = new ReadModelBatch(jdbc);
          unitOfWork.onPrepareCommit(u -> batch.write());
          if (unitOfWork instanceof BatchingUnitOfWork<?> batching) {
            batch.prefetch(batching.getMessages());
          }
          return batch;
        });
  }

  /** The patient as projected so far, or null when the read model has never seen them. */
  Patient patient(UUID id) {
    Patient known = patients.get(id);
    if (known == null && !prefetched.contains(id)) {
      load(List.of(id));
      known = patients.get(id);
    }
    return known;
  }

  void open(NewSummary summary, long sequence, Instant recordedAt, LifecycleStage stage) {
    Patient patient = new Patient(summary.id(), summary.openedAt(), sequence, stage);
    patient.updatedAt = recordedAt;
    patients.put(summary.id(), patient);
    newSummaries.put(summary.id(), summary);
  }

  /** A withdrawal names no wording: the wording the consent was last given under stays. */
  void consent(UUID patientId, ConsentPurpose purpose, Consent consent) {
    consents.merge(
        List.of(patientId, purpose),
        consent,
        (before, after) ->
            after.wordingVersion() != null
                ? after
                : new Consent(
                    after.status(),
                    after.channel(),
                    before.wordingVersion(),
                    after.changedAt(),
                    after.withdrawalReason()));
  }

  void tag(UUID patientId, String tag, Tag applied) {
    tags.put(List.of(patientId, tag), applied);
  }

  void untag(UUID patientId, String tag) {
    tags.put(List.of(patientId, tag), REMOVED);
  }

  void healthRecord(HealthRecordChange change) {
    healthRecords.add(change);
  }

  void timeline(TimelineEntry entry) {
    timeline.add(entry);
  }

  private static final Tag REMOVED = new Tag(null, null, null, null);

  private void prefetch(List<? extends org.axonframework.messaging.Message<?>> messages) {
    List<UUID> ids = new ArrayList<>();
    for (org.axonframework.messaging.Message<?> message : messages) {
      if (message instanceof EventMessage<?> event
          && PatientEvent.class.isAssignableFrom(event.getPayloadType())) {
        ids.add(((PatientEvent) event.getPayload()).patientId().value());
      }
    }
    load(ids);
  }

  private void load(List<UUID> ids) {
    List<UUID> missing = ids.stream().distinct().filter(id -> !prefetched.contains(id)).toList();
    if (missing.isEmpty()) {
      return;
    }
    prefetched.addAll(missing);
    jdbc.query(
        "SELECT patient_id, opened_at, last_sequence, stage FROM patient_summary"
            + " WHERE patient_id = ANY (?)",
        ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", missing.toArray())),
        rs -> {
          UUID id = rs.getObject(1, UUID.class);
          patients.put(
              id,
              new Patient(
                  id,
                  rs.getTimestamp(2).toInstant(),
                  rs.getLong(3),
                  LifecycleStage.valueOf(rs.getString(4))));
        });
  }

  /** Writes everything this batch changed, one batched statement per table. */
  private void write() {
    if (!newSummaries.isEmpty()) {
      jdbc.batchUpdate(
          "INSERT INTO patient_summary (patient_id, card_number, tier, channel, name_sealed, phone_sealed,"
              + " id_number_sealed, sex, birth_date, stage, opened_at, updated_at, last_sequence)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          newSummaries.values().stream()
              .map(
                  s -> {
                    Patient p = patients.get(s.id());
                    p.changed = false;
                    return new Object[] {
                      s.id(),
                      s.cardNumber(),
                      s.tier(),
                      s.channel(),
                      s.name(),
                      s.phone(),
                      s.idNumber(),
                      s.sex(),
                      s.birthDate(),
                      p.stage.name(),
                      ts(s.openedAt()),
                      ts(p.updatedAt),
                      p.lastSequence
                    };
                  })
              .toList());
    }
    List<Object[]> summaryUpdates = new ArrayList<>();
    for (Patient p : patients.values()) {
      if (p.changed) {
        summaryUpdates.add(new Object[] {p.lastSequence, ts(p.updatedAt), p.stage.name(), p.id});
      }
    }
    if (!summaryUpdates.isEmpty()) {
      jdbc.batchUpdate(
          "UPDATE patient_summary SET last_sequence = ?, updated_at = ?, stage = ? WHERE patient_id = ?",
          summaryUpdates);
    }
    if (!consents.isEmpty()) {
      jdbc.batchUpdate(
          "INSERT INTO patient_consent (patient_id, purpose, status, channel, wording_version, changed_at,"
              + " withdrawal_reason_sealed) VALUES (?, ?, ?, ?, ?, ?, ?)"
              + " ON CONFLICT (patient_id, purpose) DO UPDATE SET status = EXCLUDED.status,"
              + " channel = EXCLUDED.channel,"
              + " wording_version = coalesce(EXCLUDED.wording_version, patient_consent.wording_version),"
              + " changed_at = EXCLUDED.changed_at, withdrawal_reason_sealed = EXCLUDED.withdrawal_reason_sealed",
          consents.entrySet().stream()
              .map(
                  e ->
                      new Object[] {
                        e.getKey().get(0), ((ConsentPurpose) e.getKey().get(1)).name(),
                        e.getValue().status().name(), e.getValue().channel().name(),
                        e.getValue().wordingVersion(), ts(e.getValue().changedAt()),
                        e.getValue().withdrawalReason()
                      })
              .toList());
    }
    List<Object[]> applied = new ArrayList<>();
    List<Object[]> removed = new ArrayList<>();
    tags.forEach(
        (key, tag) -> {
          if (tag == REMOVED) {
            removed.add(new Object[] {key.get(0), key.get(1)});
          } else {
            applied.add(
                new Object[] {
                  key.get(0),
                  key.get(1),
                  ts(patients.get((UUID) key.get(0)).openedAt),
                  ts(tag.appliedAt()),
                  tag.appliedBy(),
                  tag.appliedByRole(),
                  tag.reason()
                });
          }
        });
    if (!removed.isEmpty()) {
      jdbc.batchUpdate("DELETE FROM patient_tag WHERE patient_id = ? AND tag = ?", removed);
    }
    if (!applied.isEmpty()) {
      jdbc.batchUpdate(
          "INSERT INTO patient_tag (patient_id, tag, opened_at, applied_at, applied_by, applied_by_role,"
              + " reason_sealed) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (patient_id, tag) DO UPDATE SET"
              + " applied_at = EXCLUDED.applied_at, applied_by = EXCLUDED.applied_by,"
              + " applied_by_role = EXCLUDED.applied_by_role, reason_sealed = EXCLUDED.reason_sealed",
          applied);
    }
    if (!healthRecords.isEmpty()) {
      writeHealthRecords();
    }
    if (!timeline.isEmpty()) {
      jdbc.batchUpdate(
          "INSERT INTO patient_timeline_entry (patient_id, sequence, kind, summary, note_sealed, occurred_at,"
              + " recorded_at, actor_id, acting_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
              + " ON CONFLICT (patient_id, sequence) DO NOTHING",
          timeline.stream()
              .map(
                  t ->
                      new Object[] {
                        t.patientId(),
                        t.sequence(),
                        t.kind(),
                        t.summary(),
                        t.note(),
                        ts(t.occurredAt()),
                        ts(t.recordedAt()),
                        t.actorId(),
                        t.actingRole()
                      })
              .toList());
    }
  }

  /** Health-record updates in order; a part not given keeps the value the row has. */
  private void writeHealthRecords() {
    String keep = "CASE WHEN ? THEN EXCLUDED.%1$s ELSE patient_health_record.%1$s END";
    String sql =
        "INSERT INTO patient_health_record (patient_id, address_sealed, medical_history, family_history,"
            + " allergies, medications, smoking, cigarettes_per_day, drinking, exercise_minutes_per_week,"
            + " sleep_hours_per_night, height_cm, weight_kg, waist_cm, measured_on, notes_sealed, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (patient_id) DO UPDATE SET"
            + " address_sealed = "
            + String.format(keep, "address_sealed")
            + ","
            + " medical_history = coalesce(EXCLUDED.medical_history, patient_health_record.medical_history),"
            + " family_history = coalesce(EXCLUDED.family_history, patient_health_record.family_history),"
            + " allergies = coalesce(EXCLUDED.allergies, patient_health_record.allergies),"
            + " medications = coalesce(EXCLUDED.medications, patient_health_record.medications),"
            + " smoking = "
            + String.format(keep, "smoking")
            + ","
            + " cigarettes_per_day = "
            + String.format(keep, "cigarettes_per_day")
            + ","
            + " drinking = "
            + String.format(keep, "drinking")
            + ","
            + " exercise_minutes_per_week = "
            + String.format(keep, "exercise_minutes_per_week")
            + ","
            + " sleep_hours_per_night = "
            + String.format(keep, "sleep_hours_per_night")
            + ","
            + " height_cm = "
            + String.format(keep, "height_cm")
            + ","
            + " weight_kg = "
            + String.format(keep, "weight_kg")
            + ","
            + " waist_cm = "
            + String.format(keep, "waist_cm")
            + ","
            + " measured_on = "
            + String.format(keep, "measured_on")
            + ","
            + " notes_sealed = "
            + String.format(keep, "notes_sealed")
            + ","
            + " updated_at = EXCLUDED.updated_at";
    jdbc.batchUpdate(
        sql,
        new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement ps, int i) throws SQLException {
            HealthRecordChange c = healthRecords.get(i);
            int n = 1;
            ps.setObject(n++, c.patientId());
            ps.setString(n++, c.address());
            ps.setArray(n++, array(ps, c.medicalHistory()));
            ps.setArray(n++, array(ps, c.familyHistory()));
            ps.setArray(n++, array(ps, c.allergies()));
            ps.setArray(n++, array(ps, c.medications()));
            ps.setString(n++, c.smoking());
            ps.setObject(n++, c.cigarettesPerDay(), Types.INTEGER);
            ps.setString(n++, c.drinking());
            ps.setObject(n++, c.exerciseMinutesPerWeek(), Types.INTEGER);
            ps.setBigDecimal(n++, c.sleepHoursPerNight());
            ps.setBigDecimal(n++, c.heightCm());
            ps.setBigDecimal(n++, c.weightKg());
            ps.setBigDecimal(n++, c.waistCm());
            ps.setObject(n++, c.measuredOn(), Types.DATE);
            ps.setString(n++, c.notes());
            ps.setTimestamp(n++, ts(c.updatedAt()));
            ps.setBoolean(n++, c.addressGiven());
            for (int part = 0; part < 5; part++) {
              ps.setBoolean(n++, c.lifestyleGiven());
            }
            for (int part = 0; part < 4; part++) {
              ps.setBoolean(n++, c.measurementsGiven());
            }
            ps.setBoolean(n, c.notesGiven());
          }

          @Override
          public int getBatchSize() {
            return healthRecords.size();
          }
        });
  }

  private static Array array(PreparedStatement ps, String[] values) throws SQLException {
    return values == null ? null : ps.getConnection().createArrayOf("text", values);
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
