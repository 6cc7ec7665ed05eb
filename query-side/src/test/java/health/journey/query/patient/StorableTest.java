package health.journey.query.patient;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.journey.api.MetaDataKeys;
import health.journey.api.patient.BodyMeasurements;
import health.journey.api.patient.HealthRecordUpdated;
import health.journey.api.patient.PatientId;
import health.journey.api.tagging.TagApplied;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

/** What the read model's columns cannot hold is found before it reaches them. */
class StorableTest {

  private static final PatientId PATIENT = PatientId.random();
  private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
  private static final MetaData BY_DOCTOR =
      MetaData.from(Map.of(MetaDataKeys.ACTOR_ID, "dr.wang", MetaDataKeys.ACTING_ROLE, "DOCTOR"));

  @Test
  void ordinaryEventsPass() {
    assertThatCode(() -> Storable.check(tag("BMI ≥ 28", NOW), NOW, BY_DOCTOR))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                Storable.check(
                    record(
                        List.of("高血压 hypertension"), measured("175.5", LocalDate.of(2026, 1, 3))),
                    NOW,
                    MetaData.emptyInstance()))
        .doesNotThrowAnyException();
  }

  @Test
  void timesOutsideWhatPostgresqlStoresAreFound() {
    assertThatThrownBy(
            () ->
                Storable.check(tag("t", Instant.parse("+300000-01-01T00:00:00Z")), NOW, BY_DOCTOR))
        .isInstanceOf(Storable.UnstorableEvent.class)
        .hasMessage("The read model cannot store this event: occurredAt lies outside years 1-9999");
    assertThatThrownBy(() -> Storable.check(tag("t", null), NOW, BY_DOCTOR))
        .hasMessage("The read model cannot store this event: occurredAt is missing");
    assertThatThrownBy(
            () -> Storable.check(record(null, measured("170", LocalDate.MIN)), NOW, BY_DOCTOR))
        .hasMessage(
            "The read model cannot store this event: measurements.measuredOn lies outside years 1-9999");
  }

  @Test
  void textAndNumbersColumnsCannotHoldAreFound() {
    assertThatThrownBy(() -> Storable.check(tag("a\u0000b", NOW), NOW, BY_DOCTOR))
        .hasMessage(
            "The read model cannot store this event: tag holds a character PostgreSQL text cannot");
    assertThatThrownBy(() -> Storable.check(tag("x".repeat(65), NOW), NOW, BY_DOCTOR))
        .hasMessage("The read model cannot store this event: tag is longer than 64");
    assertThatThrownBy(() -> Storable.check(record(List.of("ok", "\uD800"), null), NOW, BY_DOCTOR))
        .hasMessage(
            "The read model cannot store this event: medicalHistory entry holds a character"
                + " PostgreSQL text cannot");
    assertThatThrownBy(
            () -> Storable.check(record(null, measured("1e-20000", null)), NOW, BY_DOCTOR))
        .hasMessage(
            "The read model cannot store this event: measurements.heightCm has more digits than a"
                + " numeric column holds");
  }

  private static TagApplied tag(String tag, Instant occurredAt) {
    return new TagApplied(PATIENT, tag, null, occurredAt);
  }

  private static HealthRecordUpdated record(List<String> history, BodyMeasurements measurements) {
    return new HealthRecordUpdated(
        PATIENT, null, history, null, null, null, null, measurements, null, NOW);
  }

  private static BodyMeasurements measured(String heightCm, LocalDate on) {
    return new BodyMeasurements(new BigDecimal(heightCm), null, null, on);
  }
}
