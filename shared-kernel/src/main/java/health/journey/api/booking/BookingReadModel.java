package health.journey.api.booking;

/** The booking read models, by the processing group that projects them. */
public final class BookingReadModel {

  /** Exam packages on offer and each patient's bookings. */
  public static final String PROCESSING_GROUP = "booking-projection";

  private BookingReadModel() {}
}
