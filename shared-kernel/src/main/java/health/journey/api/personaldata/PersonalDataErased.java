package health.journey.api.personaldata;

/**
 * A subject's key was destroyed: every sealed value of theirs now reads as erased. Read models that
 * keep a value in the clear for aggregates (e.g. sex) remove it when they hear this.
 *
 * @param subject the subject (patient id) whose personal data was erased
 */
public record PersonalDataErased(String subject) {}
