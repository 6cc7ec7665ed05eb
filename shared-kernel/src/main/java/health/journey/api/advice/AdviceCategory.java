package health.journey.api.advice;

/** What an advice item is about (饮食/运动/睡眠/心理健康建议). */
public enum AdviceCategory {
  DIET,
  EXERCISE,
  SLEEP,
  MENTAL_HEALTH,
  SMOKING,
  FOLLOW_UP
}
