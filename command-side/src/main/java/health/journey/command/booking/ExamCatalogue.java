package health.journey.command.booking;

import health.journey.api.booking.ExamPackageDefinition;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The exam packages on offer and how many each has booked per day: "a package takes at most its
 * daily capacity of bookings" spans every patient, which no single patient's stream knows. Claims
 * are made in the booking command's transaction, so a refused or failed command leaves no claim.
 */
public interface ExamCatalogue {

  /** Keeps a package's definition as it is defined or changed. */
  void defined(String packageId, ExamPackageDefinition definition);

  void retired(String code);

  /** The package with {@code code}, unless it was retired or never defined. */
  Optional<ExamPackageDefinition> offered(String code);

  /** Takes a place of the package on the day; false when the day is full. */
  boolean claim(String code, LocalDate day, int capacity);

  /** Gives back a place of the package on the day. */
  void release(String code, LocalDate day);
}
