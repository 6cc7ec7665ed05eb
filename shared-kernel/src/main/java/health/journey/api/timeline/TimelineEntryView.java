package health.journey.api.timeline;

import health.journey.api.personaldata.PersonalData;
import java.time.Instant;

/**
 * One step of a patient's journey in words: what happened ({@code kind} and {@code summary}, free
 * of personal and clinical data), a clinical detail (e.g. a BMI) for roles that may read clinical
 * data, when, who did it, and the note or reason given, if any.
 */
public record TimelineEntryView(
    long sequence,
    String kind,
    String summary,
    PersonalData detail,
    PersonalData note,
    Instant occurredAt,
    Instant recordedAt,
    String actorId,
    String actingRole) {}
