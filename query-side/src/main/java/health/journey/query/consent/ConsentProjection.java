package health.journey.query.consent;

import static health.journey.query.common.Column.text;
import static health.journey.query.common.Column.timestamp;
import static health.journey.query.common.Column.uuid;

import health.journey.api.consent.ConsentChannel;
import health.journey.api.consent.ConsentGiven;
import health.journey.api.consent.ConsentPurpose;
import health.journey.api.consent.ConsentReadModel;
import health.journey.api.consent.ConsentStatus;
import health.journey.api.consent.ConsentWithdrawn;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.query.common.PendingWrites;
import health.journey.query.common.Rows;
import health.journey.query.common.Table;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Projects consent events into where each patient's consent for each purpose stands. */
@Component
@ProcessingGroup(ConsentReadModel.PROCESSING_GROUP)
class ConsentProjection {

  static final RowMapper<ConsentRow> CONSENTS_READER =
      (rs, n) ->
          new ConsentRow(
              Rows.uuid(rs, "patient_id"),
              ConsentPurpose.valueOf(rs.getString("purpose")),
              ConsentStatus.valueOf(rs.getString("status")),
              ConsentChannel.valueOf(rs.getString("channel")),
              rs.getString("wording_version"),
              Rows.instant(rs, "changed_at"),
              rs.getString("withdrawal_reason_sealed"));

  static final Table<ConsentRow> CONSENTS =
      Table.of(
          "patient_consent",
          List.of(
              uuid("patient_id", ConsentRow::patientId),
              text("purpose", "purpose", 32, (ConsentRow r) -> r.purpose().name()).required()),
          List.of(
              text("status", "status", 16, (ConsentRow r) -> r.status().name()).required(),
              text("channel", "channel", 32, (ConsentRow r) -> r.channel().name()).required(),
              text("wording_version", "wordingVersion", 64, ConsentRow::wordingVersion),
              timestamp("changed_at", "occurredAt", ConsentRow::changedAt).required(),
              text("withdrawal_reason_sealed", "reason", 0, ConsentRow::withdrawalReasonSealed)),
          CONSENTS_READER,
          Table.OnConflict.REPLACE);

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;

  ConsentProjection(JdbcTemplate jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @EventHandler
  void on(ConsentGiven event) {
    PendingWrites.current(jdbc)
        .put(
            CONSENTS,
            new ConsentRow(
                event.patientId().value(),
                event.purpose(),
                ConsentStatus.GIVEN,
                event.channel(),
                event.wordingVersion(),
                event.occurredAt(),
                null));
  }

  /** A withdrawal names no wording: the wording the consent was last given under stays. */
  @EventHandler
  void on(ConsentWithdrawn event) {
    PendingWrites writes = PendingWrites.current(jdbc);
    UUID id = event.patientId().value();
    ConsentRow before =
        writes.rows(CONSENTS, id).values().stream()
            .filter(r -> r.purpose() == event.purpose())
            .findFirst()
            .orElse(null);
    writes.put(
        CONSENTS,
        new ConsentRow(
            id,
            event.purpose(),
            ConsentStatus.WITHDRAWN,
            event.channel(),
            before == null ? null : before.wordingVersion(),
            event.occurredAt(),
            Rows.seal(cipher, event.reason())));
  }

  @ResetHandler
  void reset() {
    jdbc.execute("TRUNCATE patient_consent");
  }
}
