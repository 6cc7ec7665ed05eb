package health.journey.query.timeline;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code patient_timeline_entry}: one step of a patient's journey, told. */
record TimelineRow(
    UUID patientId,
    long sequence,
    String kind,
    String summary,
    String detailSealed,
    String noteSealed,
    Instant occurredAt,
    Instant recordedAt,
    String actorId,
    String actingRole) {}
