package health.journey.api.consent;

/** How a consent was given or withdrawn. */
public enum ConsentChannel {
  PAPER_FORM,
  IN_PERSON,
  APP,
  WECHAT,
  WEBSITE,
  RECORDED_CALL
}
