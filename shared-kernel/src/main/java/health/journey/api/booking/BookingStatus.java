package health.journey.api.booking;

/** Where a booking stands. */
public enum BookingStatus {
  BOOKED,
  CANCELLED,
  ATTENDED,
  MISSED
}
