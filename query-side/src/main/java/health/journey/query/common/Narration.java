package health.journey.query.common;

import health.journey.api.personaldata.PersonalData;
import java.util.Locale;

/**
 * What a timeline entry says of an event: its kind, a sentence free of personal and clinical data
 * (every role that may read the timeline sees it), a clinical detail (e.g. "BMI 29.2", stored
 * sealed and shown only to roles that may read clinical data), and the note or reason given with
 * it.
 */
public record Narration(String kind, String summary, String detail, PersonalData note) {

  public Narration(String kind, String summary) {
    this(kind, summary, null, null);
  }

  /** An enum value in words: {@code EXAM_CENTRE} reads "exam centre". */
  public static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
