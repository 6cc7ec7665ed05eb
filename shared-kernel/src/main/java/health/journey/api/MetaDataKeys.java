package health.journey.api;

/**
 * Keys of the message metadata every command and event carries. The actor is never part of a
 * payload: it is added once at the API edge (or by the saga, policy or deadline acting under its
 * own name) and copied onto every event.
 */
public final class MetaDataKeys {

  /** Who acted: one of {@link ActorType}, as its name. */
  public static final String ACTOR_TYPE = "actorType";

  /** The user name, rule id ({@code rule:<id>@<version>}) or {@code system}. */
  public static final String ACTOR_ID = "actorId";

  /** The role the actor acted in, e.g. {@code HEALTH_MANAGER}. */
  public static final String ACTING_ROLE = "actingRole";

  /** The id of the message that started the chain (the first command a person sent). */
  public static final String CORRELATION_ID = "correlationId";

  /** The id of the message that directly caused this one. */
  public static final String CAUSATION_ID = "causationId";

  /** The client's request id, when the client gave one, so a retried request is answered once. */
  public static final String CLIENT_REQUEST_ID = "clientRequestId";

  /** A hash of the request's input, so a request id reused for a different request is refused. */
  public static final String REQUEST_FINGERPRINT = "requestFingerprint";

  private MetaDataKeys() {}
}
