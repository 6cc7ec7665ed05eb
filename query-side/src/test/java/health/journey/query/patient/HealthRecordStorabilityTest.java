package health.journey.query.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.journey.api.PatientId;
import health.journey.api.patient.BodyMeasurements;
import health.journey.api.patient.HealthRecordUpdated;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.personaldata.Sealed;
import health.journey.api.personaldata.SubjectKeys;
import health.journey.query.common.UnstorableEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The health-record table holds every health fact only sealed, as the event had it, and what its
 * columns cannot hold is found before it reaches them.
 */
class HealthRecordStorabilityTest {

  private static final PatientId PATIENT = PatientId.random();
  private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

  private final PersonalDataCipher cipher = new PersonalDataCipher(new OneKey());
  private final HealthRecordProjection projection = new HealthRecordProjection(null, cipher);

  @Test
  void healthFactsReachTheTableOnlySealed() {
    HealthRecordRow row =
        projection.updated(
            HealthRecordRow.empty(PATIENT.value()),
            record(List.of("高血压 hypertension"), measured("175.5", LocalDate.of(2026, 1, 3))),
            NOW);
    PatientTables.HEALTH_RECORD.check(row);
    assertThat(row.medicalHistorySealed()).startsWith("v1.").doesNotContain("hypertension");
    assertThat(row.measurementsSealed()).startsWith("v1.").doesNotContain("175.5");
    assertThat(row.allergiesSealed()).isNull();
  }

  @Test
  void aPartNotGivenKeepsWhatWasStored() {
    HealthRecordRow first =
        projection.updated(
            HealthRecordRow.empty(PATIENT.value()), record(List.of("gout"), null), NOW);
    HealthRecordRow second =
        projection.updated(first, record(null, measured("170", null)), NOW.plusSeconds(60));
    assertThat(second.medicalHistorySealed()).isEqualTo(first.medicalHistorySealed());
    assertThat(second.measurementsSealed()).isNotNull();
  }

  @Test
  void timesOutsideWhatPostgresqlStoresAreFound() {
    assertThatThrownBy(
            () ->
                PatientTables.HEALTH_RECORD.check(
                    projection.updated(
                        HealthRecordRow.empty(PATIENT.value()),
                        record(List.of("ok"), null),
                        Instant.parse("+300000-01-01T00:00:00Z"))))
        .isInstanceOf(UnstorableEvent.class)
        .hasMessage("The read model cannot store this event: timestamp lies outside years 1-9999");
  }

  private static HealthRecordUpdated record(List<String> history, BodyMeasurements measurements) {
    return new HealthRecordUpdated(
        PATIENT,
        null,
        Sealed.ofNullable(PATIENT, PersonalDataKind.HEALTH, history),
        null,
        null,
        null,
        null,
        Sealed.ofNullable(PATIENT, PersonalDataKind.HEALTH, measurements),
        null,
        NOW);
  }

  private static BodyMeasurements measured(String heightCm, LocalDate on) {
    return new BodyMeasurements(new BigDecimal(heightCm), null, null, on);
  }

  /** One key per subject, in memory. */
  private static final class OneKey implements SubjectKeys {
    private final Map<String, SecretKey> keys = new HashMap<>();

    @Override
    public SecretKey keyFor(String subject) {
      return keys.computeIfAbsent(subject, s -> new SecretKeySpec(new byte[32], "AES"));
    }

    @Override
    public Optional<SecretKey> existingKeyFor(String subject) {
      return Optional.ofNullable(keys.get(subject));
    }
  }
}
