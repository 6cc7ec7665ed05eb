package health.journey.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PatientJourneyApplication {
  public static void main(String[] args) {
    SpringApplication.run(PatientJourneyApplication.class, args);
  }
}
