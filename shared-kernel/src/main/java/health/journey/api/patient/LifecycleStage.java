package health.journey.api.patient;

/** The patient lifecycle (分层运营); each stage gets a different kind of service. */
public enum LifecycleStage {
  /** 潜在客户: general health education and screening offers. */
  PROSPECT,
  /** 初诊: guidance and report explanation. */
  FIRST_VISIT,
  /** 复诊/慢病: revisit and chronic care; follow-up questionnaires and medication reminders. */
  REVISIT,
  /** 康复期: lifestyle and mental-health support. */
  RECOVERY
}
