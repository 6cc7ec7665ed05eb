package health.journey.query.tagging;

import static health.journey.query.common.Column.integer;
import static health.journey.query.common.Column.text;
import static health.journey.query.common.Column.timestamp;
import static health.journey.query.common.Column.uuid;

import health.journey.api.MetaDataKeys;
import health.journey.api.patient.CardOpened;
import health.journey.api.personaldata.PersonalData;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.rules.RuleTagApplied;
import health.journey.api.rules.RuleTagRemoved;
import health.journey.api.tagging.TagApplied;
import health.journey.api.tagging.TagRemoved;
import health.journey.api.tagging.TaggingReadModel;
import health.journey.query.common.PendingWrites;
import health.journey.query.common.Rows;
import health.journey.query.common.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Projects tags into each patient's tags and the patients of each tag. It keeps each patient's
 * card-opening time itself (from the card-opening event), so it depends on no other read model.
 */
@Component
@ProcessingGroup(TaggingReadModel.PROCESSING_GROUP)
class TaggingProjection {

  /** A patient the tag read model knows, with their card-opening time. */
  record TaggedPatient(UUID patientId, Instant openedAt) {}

  static final Table<TaggedPatient> PATIENTS =
      Table.of(
          "tagging_patient",
          List.of(uuid("patient_id", TaggedPatient::patientId)),
          List.of(timestamp("opened_at", "occurredAt", TaggedPatient::openedAt).required()),
          (rs, n) -> new TaggedPatient(Rows.uuid(rs, "patient_id"), Rows.instant(rs, "opened_at")),
          Table.OnConflict.KEEP);

  static final RowMapper<TagRow> TAGS_READER =
      (rs, n) ->
          new TagRow(
              Rows.uuid(rs, "patient_id"),
              rs.getString("tag"),
              Rows.instant(rs, "opened_at"),
              Rows.instant(rs, "applied_at"),
              rs.getString("applied_by"),
              rs.getString("applied_by_role"),
              rs.getString("reason_sealed"));

  static final Table<TagRow> TAGS =
      Table.of(
          "patient_tag",
          List.of(
              uuid("patient_id", TagRow::patientId),
              text("tag", "tag", 64, TagRow::tag).required()),
          List.of(
              timestamp("opened_at", "card opening", TagRow::openedAt).required(),
              timestamp("applied_at", "occurredAt", TagRow::appliedAt).required(),
              text("applied_by", "actor", 200, TagRow::appliedBy),
              text("applied_by_role", "acting role", 64, TagRow::appliedByRole),
              text("reason_sealed", "reason", 0, TagRow::reasonSealed)),
          TAGS_READER,
          Table.OnConflict.REPLACE);

  static final RowMapper<RuleTagRow> RULE_TAGS_READER =
      (rs, n) ->
          new RuleTagRow(
              Rows.uuid(rs, "patient_id"),
              rs.getString("rule_code"),
              rs.getString("tag"),
              rs.getInt("rule_version"),
              Rows.instant(rs, "opened_at"),
              Rows.instant(rs, "applied_at"),
              rs.getString("evidence_sealed"),
              rs.getString("cause_event_id"));

  static final Table<RuleTagRow> RULE_TAGS =
      Table.of(
          "patient_rule_tag",
          List.of(
              uuid("patient_id", RuleTagRow::patientId),
              text("rule_code", "ruleCode", 64, RuleTagRow::ruleCode).required()),
          List.of(
              text("tag", "tag", 64, RuleTagRow::tag).required(),
              integer("rule_version", RuleTagRow::ruleVersion),
              timestamp("opened_at", "card opening", RuleTagRow::openedAt).required(),
              timestamp("applied_at", "occurredAt", RuleTagRow::appliedAt).required(),
              text("evidence_sealed", "evidence", 0, RuleTagRow::evidenceSealed),
              text("cause_event_id", "causeEventId", 64, RuleTagRow::causeEventId)),
          RULE_TAGS_READER,
          Table.OnConflict.REPLACE);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;

  TaggingProjection(JdbcTemplate jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @EventHandler
  void on(CardOpened event) {
    PendingWrites.current(jdbc)
        .append(PATIENTS, new TaggedPatient(event.patientId().value(), event.occurredAt()));
  }

  @EventHandler
  void on(TagApplied event, MetaData metaData) {
    PendingWrites writes = PendingWrites.current(jdbc);
    writes.put(TAGS, row(event, openedAt(writes, event.patientId().value()), metaData));
  }

  @EventHandler
  void on(TagRemoved event) {
    PendingWrites.current(jdbc)
        .delete(
            TAGS, new TagRow(event.patientId().value(), event.tag(), null, null, null, null, null));
  }

  @EventHandler
  void on(RuleTagApplied event, @SequenceNumber long sequence) {
    PendingWrites writes = PendingWrites.current(jdbc);
    String patient = event.patientId().toString();
    String evidence =
        event
            .evidence()
            .reveal()
            .map(
                e ->
                    PersonalData.derived(
                            patient,
                            PersonalDataKind.HEALTH,
                            JSON.writeValueAsString(e.facts()),
                            "rule-tag:" + sequence)
                        .sealedWith(cipher))
            .orElse(null);
    writes.put(
        RULE_TAGS,
        new RuleTagRow(
            event.patientId().value(),
            event.ruleCode(),
            event.tag(),
            event.ruleVersion(),
            openedAt(writes, event.patientId().value()),
            event.occurredAt(),
            evidence,
            event.causeEventId()));
  }

  @EventHandler
  void on(RuleTagRemoved event) {
    PendingWrites.current(jdbc)
        .delete(
            RULE_TAGS,
            new RuleTagRow(
                event.patientId().value(), event.ruleCode(), null, null, null, null, null, null));
  }

  @ResetHandler
  void reset() {
    jdbc.execute("TRUNCATE patient_tag, patient_rule_tag, tagging_patient");
  }

  /** The row a tag application writes. */
  TagRow row(TagApplied event, Instant openedAt, MetaData metaData) {
    return new TagRow(
        event.patientId().value(),
        event.tag(),
        openedAt,
        event.occurredAt(),
        Rows.text(metaData, MetaDataKeys.ACTOR_ID),
        Rows.text(metaData, MetaDataKeys.ACTING_ROLE),
        Rows.seal(cipher, event.reason()));
  }

  /**
   * The patient's card-opening time. Fails (and the event goes to the dead-letter queue) when the
   * patient's card opening was never seen.
   */
  private static Instant openedAt(PendingWrites writes, UUID patient) {
    return writes
        .row(PATIENTS, patient)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Patient "
                        + patient
                        + " has no card opening in the tag read model: the card-opening event was"
                        + " not projected before"))
        .openedAt();
  }
}
