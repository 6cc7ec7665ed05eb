package health.journey.app.platform.database;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Database settings under {@code journey.database}.
 *
 * @param transactionTimeout the longest a transaction of the application may stay open (PostgreSQL
 *     17 and later enforce it; older servers get only the statement and idle limits). It must stay
 *     well below the event store's gap timeout: an event committed later than that could be skipped
 *     by the event processors.
 * @param statementTimeout the longest a single statement may run
 * @param idleInTransactionTimeout the longest a connection may sit idle inside a transaction
 * @param embedded the embedded PostgreSQL started when no {@code spring.datasource.url} is set
 */
@ConfigurationProperties("journey.database")
public record DatabaseProperties(
    @DefaultValue("10s") Duration transactionTimeout,
    @DefaultValue("10s") Duration statementTimeout,
    @DefaultValue("10s") Duration idleInTransactionTimeout,
    @DefaultValue Embedded embedded) {

  /**
   * @param dataDirectory where the embedded PostgreSQL keeps its data; it survives restarts
   * @param port the port it listens on (on the loopback interface); 0 picks a free one
   * @param startupTimeout how long to wait for it to accept connections
   */
  public record Embedded(
      Path dataDirectory,
      @DefaultValue("15432") int port,
      @DefaultValue("120s") Duration startupTimeout) {}
}
