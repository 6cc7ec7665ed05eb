package health.journey.api.booking;

import health.journey.api.PatientId;
import java.util.List;
import java.util.Map;

/** The bookings of several patients, soonest first; answered with {@link PatientBookings}. */
public record FindBookingsQuery(List<PatientId> patientIds) {

  /** Bookings by patient id. */
  public record PatientBookings(Map<String, List<BookingView>> byPatient) {}
}
