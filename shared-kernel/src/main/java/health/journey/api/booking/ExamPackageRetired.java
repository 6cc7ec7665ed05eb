package health.journey.api.booking;

import health.journey.api.JourneyEvent;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** An exam package was retired: it takes no new bookings. */
@Revision("1")
public record ExamPackageRetired(String packageId, String code, Instant occurredAt)
    implements JourneyEvent {}
