package health.journey.app.platform.security;

/** How much of a kind of data a role sees, or whether it may make a kind of change. */
public enum Access {
  /** Refused: the field answers a FORBIDDEN error; the operation is not run. */
  NONE,
  /** Personal data is shown masked (138****1234, 王*, [text withheld]). */
  MASKED,
  /** Shown in full; the operation may be run. */
  FULL
}
