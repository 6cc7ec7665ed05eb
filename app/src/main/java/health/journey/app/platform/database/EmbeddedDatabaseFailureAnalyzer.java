package health.journey.app.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an embedded database that cannot start into Spring Boot's short "what happened, what to do"
 * report.
 */
public class EmbeddedDatabaseFailureAnalyzer
    extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailable> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailable cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
