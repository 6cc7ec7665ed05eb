package health.journey.api.questionnaire;

import health.journey.api.PatientEvent;
import health.journey.api.PatientId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An answer raised a flag for people to act on, whatever its total (PHQ-9 item 9 above 0: a
 * self-harm risk). A clinician takes it from here; no automated message answers it.
 */
@Revision("1")
public record AnswerFlagRaised(
    PatientId patientId, String answerId, String code, AnswerFlag flag, Instant occurredAt)
    implements PatientEvent {}
