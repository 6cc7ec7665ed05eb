package health.journey.api.audit;

import java.time.Instant;

/**
 * One event of a patient's history as stored: its type and revision, sequence in the patient's
 * stream, when it was recorded, who did it in which role, the message chain it belongs to, and its
 * payload as JSON with personal data masked.
 */
public record AuditEntry(
    long sequence,
    String eventId,
    String eventType,
    String revision,
    Instant recordedAt,
    String actorType,
    String actorId,
    String actingRole,
    String correlationId,
    String causationId,
    String clientRequestId,
    String payloadJson) {}
