package health.journey.command.risk;

/**
 * The band a score falls in. Each model uses only the bands its source defines:
 *
 * <ul>
 *   <li>China-PAR: {@link #LOW}, {@link #MODERATE}, {@link #HIGH};
 *   <li>Framingham general CVD: {@link #LOW}, {@link #INTERMEDIATE}, {@link #HIGH};
 *   <li>Chinese Diabetes Risk Score: {@link #BELOW_THRESHOLD}, {@link #HIGH} (the source defines
 *       only the high-risk cut-off, so a lower total is not called "low").
 * </ul>
 */
public enum RiskBand {
  LOW,
  MODERATE,
  INTERMEDIATE,
  HIGH,
  BELOW_THRESHOLD
}
