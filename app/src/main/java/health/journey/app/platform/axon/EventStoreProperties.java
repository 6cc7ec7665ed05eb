package health.journey.app.platform.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How event processors read the event store ({@code journey.event-store}).
 *
 * <p>An event that commits after events with a higher global index leaves a gap that the processors
 * keep watching. A gap is given up once it is older than {@code gapTimeout} (and there are more
 * than {@code gapCleaningThreshold} gaps), or once it is more than {@code maxGapOffset} positions
 * behind the newest event. With transactions capped by {@code journey.database.transaction-timeout}
 * well below the gap timeout, and a gap offset far above the number of events written in that time,
 * no committed event is ever given up.
 *
 * @param batchSize how many events a processor reads per query
 * @param gapTimeout how old a gap must be before it may be given up
 * @param maxGapOffset how far behind the newest event a gap may be before it is given up
 * @param gapCleaningThreshold how many gaps a token must hold before old ones are looked at
 */
@ConfigurationProperties("journey.event-store")
public record EventStoreProperties(
    @DefaultValue("500") int batchSize,
    @DefaultValue("60s") Duration gapTimeout,
    @DefaultValue("1000000") int maxGapOffset,
    @DefaultValue("250") int gapCleaningThreshold) {}
