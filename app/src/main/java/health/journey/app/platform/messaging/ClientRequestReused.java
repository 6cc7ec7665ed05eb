package health.journey.app.platform.messaging;

/**
 * A client request id used again for a different request (another mutation, input or selection):
 * refused, since it cannot be the retry of the first. Like the idempotency keys of payment APIs.
 */
public final class ClientRequestReused extends RuntimeException {

  ClientRequestReused() {
    super(
        "This clientRequestId was already used for a different request; use a new id for a new"
            + " request",
        null,
        false,
        false);
  }
}
