package health.journey.api.content;

import health.journey.api.RuleCode;

/** The rules of health content (advice, messages) that a text can break. */
public enum ContentRule implements RuleCode {
  /**
   * The text carries an absolute or guaranteed-cure claim forbidden by the advertising rules (广告法
   * 第十六条, 医疗广告管理办法 第七条).
   */
  FORBIDDEN_HEALTH_CLAIM
}
