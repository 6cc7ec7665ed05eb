package health.journey.api;

/** The kind of actor behind a message. */
public enum ActorType {
  /** A signed-in person. */
  USER,
  /** An automatic rule, named {@code rule:<id>@<version>}. */
  RULE,
  /** The system itself (e.g. a scheduled job). */
  SYSTEM
}
