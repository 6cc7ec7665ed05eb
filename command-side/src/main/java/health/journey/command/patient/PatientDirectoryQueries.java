package health.journey.command.patient;

import health.journey.api.PatientId;
import health.journey.api.patient.FindPatientByIdentifierQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers who an identifier names, from the command side's own registries. */
@Component
class PatientDirectoryQueries {

  private final PatientDirectory directory;

  PatientDirectoryQueries(PatientDirectory directory) {
    this.directory = directory;
  }

  @QueryHandler
  FindPatientByIdentifierQuery.Match handle(FindPatientByIdentifierQuery query) {
    return new FindPatientByIdentifierQuery.Match(
        directory.find(query.system(), query.value()).map(PatientId::toString).orElse(null));
  }
}
