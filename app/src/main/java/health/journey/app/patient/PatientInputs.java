package health.journey.app.patient;

import health.journey.api.consent.ConsentChannel;
import health.journey.api.consent.ConsentPurpose;
import health.journey.api.patient.CardTier;
import health.journey.api.patient.DrinkingStatus;
import health.journey.api.patient.EnrolmentChannel;
import health.journey.api.patient.LifecycleStage;
import health.journey.api.patient.Sex;
import health.journey.api.patient.SmokingStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The patient feature's input types, as Spring for GraphQL binds them. */
final class PatientInputs {

  private PatientInputs() {}

  record OpenCardInput(
      String patientId,
      String sourceSystem,
      String sourceId,
      String cardNumber,
      CardTier tier,
      EnrolmentChannel channel,
      String name,
      String phone,
      String idNumber,
      Sex sex,
      LocalDate birthDate,
      LifecycleStage stage,
      List<ConsentGrantInput> consents,
      Instant occurredAt,
      String clientRequestId) {}

  record ConsentGrantInput(ConsentPurpose purpose, ConsentChannel channel, String wordingVersion) {}

  record UpdateHealthRecordInput(
      String patientId,
      String address,
      List<String> medicalHistory,
      List<String> familyHistory,
      List<String> allergies,
      List<String> medications,
      LifestyleInput lifestyle,
      BodyMeasurementsInput measurements,
      String notes,
      Instant occurredAt,
      String clientRequestId) {}

  record LifestyleInput(
      SmokingStatus smoking,
      Integer cigarettesPerDay,
      DrinkingStatus drinking,
      Integer exerciseMinutesPerWeek,
      BigDecimal sleepHoursPerNight) {}

  record BodyMeasurementsInput(
      BigDecimal heightCm, BigDecimal weightKg, BigDecimal waistCm, LocalDate measuredOn) {}

  record ChangeLifecycleStageInput(
      String patientId,
      LifecycleStage stage,
      String reason,
      Instant occurredAt,
      String clientRequestId) {}

  record LinkPatientIdentifierInput(
      String patientId, String system, String value, Instant occurredAt, String clientRequestId) {}

  record PatientFilterInput(String tag, LifecycleStage stage, String riskModel, String riskBand) {}
}
