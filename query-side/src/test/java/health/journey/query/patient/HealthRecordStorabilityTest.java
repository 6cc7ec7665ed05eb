package health.journey.query.patient;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.journey.api.PatientId;
import health.journey.api.patient.BodyMeasurements;
import health.journey.api.patient.HealthRecordUpdated;
import health.journey.query.common.UnstorableEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the health-record table's columns cannot hold is found before it reaches them. */
class HealthRecordStorabilityTest {

  private static final PatientId PATIENT = PatientId.random();
  private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

  private final HealthRecordProjection projection = new HealthRecordProjection(null, null);

  @Test
  void ordinaryRecordsPass() {
    assertThatCode(
            () ->
                check(
                    record(
                        List.of("高血压 hypertension"), measured("175.5", LocalDate.of(2026, 1, 3)))))
        .doesNotThrowAnyException();
  }

  @Test
  void datesOutsideWhatPostgresqlStoresAreFound() {
    assertThatThrownBy(() -> check(record(null, measured("170", LocalDate.MIN))))
        .isInstanceOf(UnstorableEvent.class)
        .hasMessage(
            "The read model cannot store this event: measurements.measuredOn lies outside years 1-9999");
  }

  @Test
  void textAndNumbersColumnsCannotHoldAreFound() {
    assertThatThrownBy(() -> check(record(List.of("ok", "\uD800"), null)))
        .hasMessage(
            "The read model cannot store this event: medicalHistory entry holds a character"
                + " PostgreSQL text cannot");
    assertThatThrownBy(() -> check(record(null, measured("1e-20000", null))))
        .hasMessage(
            "The read model cannot store this event: measurements.heightCm has more digits than a"
                + " numeric column holds");
  }

  private void check(HealthRecordUpdated event) {
    PatientTables.HEALTH_RECORD.check(
        projection.updated(HealthRecordRow.empty(PATIENT.value()), event, NOW));
  }

  private static HealthRecordUpdated record(List<String> history, BodyMeasurements measurements) {
    return new HealthRecordUpdated(
        PATIENT, null, history, null, null, null, null, measurements, null, NOW);
  }

  private static BodyMeasurements measured(String heightCm, LocalDate on) {
    return new BodyMeasurements(new BigDecimal(heightCm), null, null, on);
  }
}
