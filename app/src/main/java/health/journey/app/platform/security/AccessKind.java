package health.journey.app.platform.security;

import health.journey.api.personaldata.PersonalDataKind;

/**
 * The kinds of data a field shows and of change an operation makes: the columns of the permission
 * table. Every field of the GraphQL schema declares one ({@code @access(kind: …)}), on itself or on
 * its type.
 */
public enum AccessKind {
  /** Shows nothing about a patient (page info, the shape of an answer): every signed-in user. */
  PUBLIC,
  /** A patient's administrative record: card, stage, consents, tags, timeline sentences. */
  RECORD,
  /** Who the patient is and how to reach them: name, phone, address. */
  IDENTITY,
  /** The resident ID number. */
  ID_NUMBER,
  /** Clinical data: the health record, indicators, scores, clinical details of the timeline. */
  CLINICAL,
  /** Free text staff or the patient wrote: notes, reasons. */
  FREE_TEXT,
  /** The audit trail: every stored event with its actor. */
  AUDIT,
  /** Recording what happens to a patient (the patient mutations). */
  CHANGE,
  /** Definitions that are not a patient's: questionnaires, exam packages. */
  CATALOGUE,
  /** Defining, publishing and retiring them. */
  CONFIGURE;

  /** The kind of data a piece of personal data is, for how much of it a role sees. */
  public static AccessKind of(PersonalDataKind kind) {
    return switch (kind) {
      case NAME, PHONE, ADDRESS -> IDENTITY;
      case ID_NUMBER -> ID_NUMBER;
      case FREE_TEXT -> FREE_TEXT;
      case HEALTH -> CLINICAL;
      case DEMOGRAPHIC -> RECORD;
    };
  }
}
