package health.journey.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The patient-journey back end: GraphQL API over an event-sourced patient model on PostgreSQL. */
@SpringBootApplication(scanBasePackages = "health.journey")
@ConfigurationPropertiesScan("health.journey.app")
public class PatientJourneyApplication {

  public static void main(String[] args) {
    // Axon's update check would send data about this machine to a third party.
    System.setProperty("axoniq.update-checker.disabled", "true");
    SpringApplication.run(PatientJourneyApplication.class, args);
  }
}
