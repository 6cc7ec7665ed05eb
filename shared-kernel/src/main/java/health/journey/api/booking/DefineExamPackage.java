package health.journey.api.booking;

import health.journey.api.BusinessTime;
import health.journey.api.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Define an exam package, or change it (its code stays the same). */
public record DefineExamPackage(
    @TargetAggregateIdentifier String packageId,
    ExamPackageDefinition definition,
    Instant occurredAt) {

  public DefineExamPackage {
    InvalidInput.require(definition != null, "definition", "definition is required");
    packageId = packageId == null ? idOf(definition.code()) : packageId;
    occurredAt = BusinessTime.orNow(occurredAt);
  }

  /** The id of the package with {@code code}. */
  public static String idOf(String code) {
    return UUID.nameUUIDFromBytes(
            ("patient-journey:exam-package:" + code).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
