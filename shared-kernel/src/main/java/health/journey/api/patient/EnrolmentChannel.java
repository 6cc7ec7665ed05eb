package health.journey.api.patient;

/** Where a person came from when their card was opened. */
public enum EnrolmentChannel {
  WALK_IN,
  PHONE,
  WECHAT,
  APP,
  WEBSITE,
  REFERRAL,
  EXAM_CENTRE,
  CORPORATE,
  HOSPITAL_DISCHARGE,
  OTHER
}
