package health.journey.command.booking;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import health.journey.api.InvalidInput;
import health.journey.api.booking.DefineExamPackage;
import health.journey.api.booking.ExamPackageDefined;
import health.journey.api.booking.ExamPackageDefinition;
import health.journey.api.booking.ExamPackageRetired;
import health.journey.api.booking.RetireExamPackage;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** An exam package (体检套餐) on offer: staff define it, change it and retire it. */
@Aggregate
class ExamPackage {

  @AggregateIdentifier private String packageId;
  private ExamPackageDefinition definition;
  private boolean retired;

  ExamPackage() {
    // for Axon
  }

  /** Defining a package as it already is changes nothing. */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(DefineExamPackage command, ExamCatalogue catalogue) {
    InvalidInput.require(
        definition == null || definition.code().equals(command.definition().code()),
        "definition.code",
        "a package keeps its code (" + (definition == null ? "" : definition.code()) + ")");
    if (command.definition().equals(definition) && !retired) {
      return;
    }
    catalogue.defined(command.packageId(), command.definition());
    apply(new ExamPackageDefined(command.packageId(), command.definition(), command.occurredAt()));
  }

  @CommandHandler
  void handle(RetireExamPackage command, ExamCatalogue catalogue) {
    if (retired) {
      return;
    }
    catalogue.retired(definition.code());
    apply(new ExamPackageRetired(packageId, definition.code(), command.occurredAt()));
  }

  @EventSourcingHandler
  void on(ExamPackageDefined event) {
    packageId = event.packageId();
    definition = event.definition();
    retired = false;
  }

  @EventSourcingHandler
  void on(ExamPackageRetired event) {
    retired = true;
  }
}
