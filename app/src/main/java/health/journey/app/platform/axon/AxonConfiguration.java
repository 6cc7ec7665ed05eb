package health.journey.app.platform.axon;

import health.journey.api.EventJson;
import health.journey.api.MetaDataKeys;
import health.journey.api.patient.PatientUpcasters;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.app.platform.database.DatabaseProperties;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.queryhandling.LoggingQueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryBusSpanFactory;
import org.axonframework.queryhandling.QueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The Axon wiring in one place: Jackson 3 for every serializer (personal data sealed), the JDBC
 * event store on our Flyway-owned tables with gap settings that never give up a committed event,
 * the actor and message chain copied onto every event, and errors in event handlers propagated (to
 * the dead-letter queue or a retry), never skipped.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventStoreProperties.class)
class AxonConfiguration {

  private static final Logger log = LoggerFactory.getLogger(AxonConfiguration.class);

  /** One serializer for events, messages, snapshots, sagas and tokens; it never uses XStream. */
  @Bean
  @Primary
  Serializer serializer(PersonalDataCipher cipher) {
    return Jackson3Serializer.builder()
        .jsonMapperBuilderCustomizer(builder -> EventJson.configure(builder, cipher))
        .build();
  }

  @Bean
  @Qualifier("eventSerializer")
  Serializer eventSerializer(Serializer serializer) {
    return serializer;
  }

  @Bean
  @Qualifier("messageSerializer")
  Serializer messageSerializer(Serializer serializer) {
    return serializer;
  }

  @Bean
  EventStorageEngine eventStorageEngine(
      Serializer serializer,
      ConnectionProvider connectionProvider,
      TransactionManager transactionManager,
      org.axonframework.config.Configuration configuration,
      EventStoreProperties properties,
      DatabaseProperties database) {
    if (database.transactionTimeout().multipliedBy(3).compareTo(properties.gapTimeout()) > 0) {
      log.warn(
          "journey.database.transaction-timeout ({}) is not well below journey.event-store.gap-timeout"
              + " ({}): a late commit could be skipped by event processors",
          database.transactionTimeout(),
          properties.gapTimeout());
    }
    return JdbcEventStorageEngine.builder()
        .snapshotSerializer(serializer)
        .eventSerializer(serializer)
        .upcasterChain(configuration.upcasterChain())
        .snapshotFilter(configuration.snapshotFilter())
        .persistenceExceptionResolver(persistenceExceptionResolver())
        .connectionProvider(connectionProvider)
        .transactionManager(transactionManager)
        .schema(new EventSchema())
        .batchSize(properties.batchSize())
        .gapTimeout((int) properties.gapTimeout().toMillis())
        .maxGapOffset(properties.maxGapOffset())
        .gapCleaningThreshold(properties.gapCleaningThreshold())
        .build();
  }

  /**
   * Commands, the event store, tokens and sagas work through plain JDBC transactions: a JPA
   * transaction would open a Hibernate session for every command, which nothing on that path uses.
   */
  @Bean
  TransactionManager axonTransactionManager(DataSource dataSource) {
    return new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
  }

  /**
   * Queries run without a transaction: each handler reads with single statements, and a transaction
   * around it only added round trips and held a connection meanwhile.
   */
  @Bean
  @Qualifier("localSegment")
  SimpleQueryBus queryBus(org.axonframework.config.Configuration axon) {
    return SimpleQueryBus.builder()
        .messageMonitor(axon.messageMonitor(QueryBus.class, "queryBus"))
        .transactionManager(NoTransactionManager.INSTANCE)
        .errorHandler(
            axon.getComponent(
                QueryInvocationErrorHandler.class,
                () -> LoggingQueryInvocationErrorHandler.builder().build()))
        .queryUpdateEmitter(axon.getComponent(QueryUpdateEmitter.class))
        .spanFactory(axon.getComponent(QueryBusSpanFactory.class))
        .build();
  }

  @Bean
  PersistenceExceptionResolver persistenceExceptionResolver() {
    return new JdbcSQLErrorCodesResolver();
  }

  @Bean
  SagaSqlSchema sagaSqlSchema() {
    return new PostgresSagaSqlSchema();
  }

  /**
   * {@code causationId}: the message that caused this one; {@code correlationId}: the first of the
   * chain.
   */
  @Bean
  CorrelationDataProvider messageOriginProvider() {
    return new MessageOriginProvider(MetaDataKeys.CAUSATION_ID, MetaDataKeys.CORRELATION_ID);
  }

  /** The actor and the client's request id travel from a command onto every event it causes. */
  @Bean
  CorrelationDataProvider actorCorrelationProvider() {
    return new SimpleCorrelationDataProvider(
        List.of(
                MetaDataKeys.ACTOR_TYPE,
                MetaDataKeys.ACTOR_ID,
                MetaDataKeys.ACTING_ROLE,
                MetaDataKeys.CLIENT_REQUEST_ID)
            .toArray(String[]::new));
  }

  /**
   * An exception in an event handler reaches the processor (and, where enabled, the dead-letter
   * queue) instead of being logged and skipped, which would let the read model silently diverge.
   */
  @Bean
  ConfigurerModule propagateEventHandlerErrors() {
    return configurer ->
        configurer
            .eventProcessing()
            .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
  }

  /**
   * Projections (processing groups named {@code *-projection}) commit without waiting for the disk:
   * see {@link ProjectionTransactions}.
   */
  @Bean
  ConfigurerModule projectionTransactions(
      EventProcessorProperties processors,
      TransactionManager transactionManager,
      DataSource dataSource) {
    return configurer ->
        processors.getProcessors().keySet().stream()
            .filter(group -> group.endsWith("-projection"))
            .forEach(
                group ->
                    configurer
                        .eventProcessing()
                        .registerTransactionManager(
                            group,
                            c -> new ProjectionTransactions(transactionManager, dataSource)));
  }

  /** Patients with dead letters remembered per processor, instead of asked of the database. */
  static final int DEAD_LETTER_SEQUENCE_CACHE = 10_000;

  /**
   * Every processor with a dead-letter queue remembers which patients have dead letters (instead of
   * asking the database before every event), and a replay empties its queue: every event is handled
   * again from the first, and one that still fails is dead-lettered anew. Letters kept through a
   * replay would hold back all their patients' events, card openings included, and the rebuilt read
   * model would lack those patients.
   */
  @Bean
  ConfigurerModule deadLettersClearedByReplay(EventProcessorProperties processors) {
    return configurer ->
        processors
            .getProcessors()
            .forEach(
                (group, settings) -> {
                  if (settings.getDlq().isEnabled()) {
                    configurer
                        .eventProcessing()
                        .registerDeadLetteringEventHandlerInvokerConfiguration(
                            group,
                            (config, invoker) ->
                                invoker
                                    .enableSequenceIdentifierCache()
                                    .sequenceIdentifierCacheSize(DEAD_LETTER_SEQUENCE_CACHE)
                                    .allowReset(true));
                  }
                });
  }

  /** Older revisions of stored events read as their current shape. */
  @Bean
  ConfigurerModule eventUpcasters() {
    return configurer ->
        PatientUpcasters.all().forEach(upcaster -> configurer.registerEventUpcaster(c -> upcaster));
  }

  /** No usage data leaves this system. */
  @Bean
  UsagePropertyProvider usagePropertyProvider() {
    return new UsagePropertyProvider() {
      @Override
      public Boolean getDisabled() {
        return true;
      }

      @Override
      public String getUrl() {
        return null;
      }

      @Override
      public int priority() {
        return Integer.MAX_VALUE;
      }
    };
  }
}
