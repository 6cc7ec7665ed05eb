package health.journey.app.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * One HAPI FHIR R4 context for the application (building one is costly, and its first parse takes
 * seconds on a small machine): warmed in the background once the application is ready, so the first
 * document a sender posts does not wait for it.
 */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(FhirConfiguration.class);

  @Bean
  FhirContext fhirContext() {
    return FhirDocuments.configure(FhirContext.forR4());
  }

  @Bean
  FhirDocuments fhirDocuments(FhirContext fhir) {
    return new FhirDocuments(fhir);
  }

  @EventListener(ApplicationReadyEvent.class)
  void warm(ApplicationReadyEvent ready) {
    FhirDocuments documents = ready.getApplicationContext().getBean(FhirDocuments.class);
    FhirContext fhir = ready.getApplicationContext().getBean(FhirContext.class);
    Thread warming =
        new Thread(
            () -> {
              try {
                documents.read(
                    "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                        + "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":"
                        + "{\"text\":\"warm-up\"},\"valueQuantity\":{\"value\":1.0}}}]}",
                    java.util.Set.of("Bundle"));
                OperationOutcomes.json(fhir, new Bundle());
              } catch (RuntimeException failed) {
                LOG.warn(
                    "Warming the FHIR parser failed; the first document will be slower", failed);
              }
            },
            "fhir-warm-up");
    warming.setDaemon(true);
    warming.start();
  }
}
