package health.journey.api;

/** The kind of actor behind a message. */
public enum ActorType {
  /** A signed-in person. */
  USER,
  /** An automatic rule, named {@code rule:<id>@<version>}. */
  RULE,
  /** A risk model, named {@code model:<name>@<version>}. */
  MODEL,
  /** A policy reacting to events under its own name ({@code policy:<name>}). */
  POLICY,
  /** The system itself (e.g. a scheduled job). */
  SYSTEM
}
