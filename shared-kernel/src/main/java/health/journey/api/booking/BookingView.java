package health.journey.api.booking;

import java.time.Instant;
import java.time.LocalDate;

/** A patient's exam booking, with the report that came back for it, if one did. */
public record BookingView(
    String patientId,
    String bookingId,
    String packageCode,
    LocalDate date,
    BookingStatus status,
    String reportId,
    Instant bookedAt) {}
