package health.journey.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.app.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Pins the choices where our libraries' defaults would lose data or speed, so an upgrade cannot
 * silently undo them.
 */
class WiringTest extends IntegrationTest {

  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  @Autowired EventProcessingConfiguration processing;

  @Autowired Serializer serializer;

  @Autowired
  @Qualifier("eventSerializer")
  Serializer eventSerializer;

  @Autowired
  @Qualifier("messageSerializer")
  Serializer messageSerializer;

  @Test
  void axonStoresEverythingThroughJdbcOnOurTables() {
    assertThat(context.getBean(EventStorageEngine.class))
        .isInstanceOf(JdbcEventStorageEngine.class);
    assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
    assertThat(context.getBean(SagaStore.class)).isInstanceOf(JdbcSagaStore.class);
    assertThat(classPresent("org.hibernate.Session")).as("no JPA storage anywhere").isFalse();
  }

  @Test
  void everySerializerIsJacksonNeverXStream() {
    assertThat(List.of(serializer, eventSerializer, messageSerializer))
        .allSatisfy(s -> assertThat(s).isInstanceOf(Jackson3Serializer.class));
    assertThat(classPresent("com.thoughtworks.xstream.XStream")).isFalse();
  }

  @Test
  void eventProcessorsNeverGiveUpACommittedEvent() {
    JdbcEventStorageEngine engine =
        (JdbcEventStorageEngine) context.getBean(EventStorageEngine.class);
    int gapTimeout = (int) ReflectionTestUtils.getField(engine, "gapTimeout");
    int maxGapOffset = (int) ReflectionTestUtils.getField(engine, "maxGapOffset");
    assertThat(gapTimeout).isEqualTo(60_000);
    assertThat(maxGapOffset).isGreaterThanOrEqualTo(1_000_000);
    // transactions are capped far below the gap timeout on every connection of the pool
    Map<String, Object> caps =
        jdbc.queryForMap(
            "SELECT current_setting('transaction_timeout') AS tx,"
                + " current_setting('statement_timeout') AS st,"
                + " current_setting('idle_in_transaction_session_timeout') AS idle");
    assertThat(caps)
        .containsEntry("tx", "10s")
        .containsEntry("st", "10s")
        .containsEntry("idle", "10s");
  }

  @Test
  void everyProjectionIsATrackingProcessorWithADeadLetterQueue() {
    assertThat(processing.eventProcessors().keySet())
        .contains(
            "patient-projection",
            "health-record-projection",
            "consent-projection",
            "tagging-projection",
            "timeline-projection");
    processing
        .eventProcessors()
        .forEach(
            (name, processor) -> {
              assertThat(processor).as(name).isInstanceOf(TrackingEventProcessor.class);
              assertThat(processing.deadLetterQueue(name))
                  .as(name)
                  .get()
                  .isInstanceOf(JdbcSequencedDeadLetterQueue.class);
            });
  }

  @Test
  void theActorAndTheMessageChainTravelOnEveryEvent() {
    assertThat(context.getBeansOfType(CorrelationDataProvider.class).values())
        .anySatisfy(p -> assertThat(p).isInstanceOf(MessageOriginProvider.class))
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void payloadsAreByteaAndNothingIsALargeObject() {
    List<Map<String, Object>> columns =
        jdbc.queryForList(
            "SELECT table_name, column_name, data_type FROM information_schema.columns"
                + " WHERE table_schema = 'public' AND column_name IN"
                + " ('payload', 'metadata', 'token', 'serializedsaga', 'diagnostics')");
    assertThat(columns).hasSizeGreaterThanOrEqualTo(8);
    assertThat(columns).allSatisfy(c -> assertThat(c.get("data_type")).isEqualTo("bytea"));
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM information_schema.columns"
                    + " WHERE table_schema = 'public' AND data_type = 'oid'",
                Long.class))
        .isZero();
  }

  @Test
  void theGlobalIndexIsTakenOneAtATime() {
    assertThat(
            jdbc.queryForObject(
                "SELECT cache_size FROM pg_sequences WHERE sequencename = 'domainevententry_globalindex_seq'",
                Long.class))
        .isEqualTo(1);
  }

  @Test
  void theEmbeddedDatabaseIsDurable() {
    assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
    assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
    assertThat(jdbc.queryForObject("SHOW full_page_writes", String.class)).isEqualTo("on");
  }

  @Test
  void flywayOwnsTheSchema() {
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM flyway_schema_history WHERE success", Long.class))
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void axonsHandlerTimeLimitsAreOff() {
    assertThat(context.getEnvironment().getProperty("axon.timeout.enabled")).isEqualTo("false");
  }

  @Test
  void noAxonServerConnectionOutsideItsProfile() {
    assertThat(
            context.getBeanNamesForType(
                org.axonframework.axonserver.connector.AxonServerConnectionManager.class))
        .isEmpty();
  }

  private static boolean classPresent(String name) {
    try {
      Class.forName(name);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
