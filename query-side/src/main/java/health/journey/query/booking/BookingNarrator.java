package health.journey.query.booking;

import health.journey.api.PatientEvent;
import health.journey.api.booking.ExamAttended;
import health.journey.api.booking.ExamBooked;
import health.journey.api.booking.ExamCancelled;
import health.journey.api.booking.ExamMissed;
import health.journey.api.booking.ExamRescheduled;
import health.journey.query.common.Narration;
import health.journey.query.common.Narrator;
import org.springframework.stereotype.Component;

/** Tells exam bookings in the timeline. */
@Component
class BookingNarrator implements Narrator {

  @Override
  public Narration narrate(PatientEvent event) {
    if (event instanceof ExamBooked e) {
      return new Narration(
          "EXAM_BOOKED", "Exam package " + e.packageCode() + " booked for " + e.date());
    }
    if (event instanceof ExamRescheduled e) {
      return new Narration("EXAM_RESCHEDULED", "Exam moved from " + e.from() + " to " + e.to());
    }
    if (event instanceof ExamCancelled e) {
      return new Narration("EXAM_CANCELLED", "Exam booking cancelled", null, e.reason());
    }
    if (event instanceof ExamAttended) {
      return new Narration("EXAM_ATTENDED", "Came to the booked exam");
    }
    if (event instanceof ExamMissed) {
      return new Narration("EXAM_MISSED", "Did not come to the booked exam");
    }
    return null;
  }
}
