package health.journey.api.personaldata;

/** New personal data cannot be stored for a subject whose key was destroyed. */
public class SubjectErased extends IllegalStateException {

  public SubjectErased(String subject) {
    super("The personal data of subject " + subject + " was erased; no new personal data is kept");
  }
}
