package health.journey.api.booking;

import health.journey.api.RuleCode;

/** The rules of exam booking (体检预约) that a request can break. */
public enum BookingRule implements RuleCode {
  /** The package takes no more bookings that day. */
  BOOKING_DAY_FULL,
  /** The package does not suit the patient (sex or age). */
  PACKAGE_NOT_SUITABLE,
  /** No such package, or it was retired. */
  PACKAGE_NOT_OFFERED,
  /** The booking is not the patient's, or is no longer open (cancelled, attended, missed). */
  BOOKING_NOT_OPEN,
  /**
   * A booking is for a day that has not yet passed the exam, or attendance is recorded before it.
   */
  BOOKING_DATE_NOT_ALLOWED
}
