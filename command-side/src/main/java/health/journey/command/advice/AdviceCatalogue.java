package health.journey.command.advice;

import health.journey.api.advice.AdviceItemDefinition;
import java.util.List;
import java.util.Optional;

/**
 * The advice items in force, as the patient stream needs them: the latest version of each item not
 * retired. Written in the defining command's transaction.
 */
public interface AdviceCatalogue {

  /** A version of an item. */
  record Version(String code, int version, AdviceItemDefinition definition) {}

  void defined(String itemId, Version version);

  void retired(String code);

  List<Version> inForce();

  Optional<Version> latest(String code);
}
