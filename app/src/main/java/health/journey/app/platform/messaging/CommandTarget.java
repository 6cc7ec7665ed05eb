package health.journey.app.platform.messaging;

import health.journey.api.NotFound;
import java.util.List;
import java.util.function.Function;

/**
 * What a command is sent to, as its feature sees it: the aggregate, the read models (processing
 * groups) that show its change, which the answer waits for, and how to say that the aggregate does
 * not exist.
 *
 * @param aggregateId the aggregate the command changes
 * @param readModels the processing groups whose read models show the change
 * @param notFound the error for an aggregate that does not exist, in the feature's words
 */
public record CommandTarget(
    String aggregateId, List<String> readModels, Function<String, ? extends NotFound> notFound) {

  public CommandTarget {
    readModels = List.copyOf(readModels);
  }
}
