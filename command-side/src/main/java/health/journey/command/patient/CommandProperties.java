package health.journey.command.patient;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How commands are handled ({@code journey.command}).
 *
 * @param aggregateCacheSize how many patients are kept in memory between commands; a patient not in
 *     memory is loaded from its events
 */
@ConfigurationProperties("journey.command")
public record CommandProperties(@DefaultValue("20000") int aggregateCacheSize) {}
