package health.journey.api.booking;

import health.journey.api.JourneyEvent;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An exam package was defined or changed. */
@Revision("1")
public record ExamPackageDefined(
    String packageId, ExamPackageDefinition definition, Instant occurredAt)
    implements JourneyEvent {}
