package health.journey.app.fhir;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The FHIR endpoint ({@code journey.fhir}).
 *
 * @param maxRequestSize the largest document accepted; a larger one is refused with HTTP 413
 */
@ConfigurationProperties("journey.fhir")
public record FhirProperties(@DefaultValue("16MB") DataSize maxRequestSize) {}
