package health.journey.query.common;

/**
 * An event carries a value a read model's columns cannot hold. Commands are validated at the door,
 * but an event may come from elsewhere (an import, an upcaster, a rule written before a check
 * existed). A value PostgreSQL refuses would otherwise fail the whole batch when it commits, again
 * at every retry, and hold up every patient of the segment; refused in the handler, the event goes
 * to the dead-letter queue with its patient's later events, and everyone else's events go on.
 */
public final class UnstorableEvent extends IllegalStateException {

  UnstorableEvent(String field, String problem) {
    super("The read model cannot store this event: " + field + " " + problem);
  }
}
