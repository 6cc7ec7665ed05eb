package health.journey.benchmark;

import health.journey.api.patient.Sex;
import health.journey.benchmark.population.LabPanel;
import health.journey.benchmark.population.Population;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exam reports synced the way an exam centre's system sends them: FHIR R4 collection bundles, each
 * a DiagnosticReport with its thirty Observations (the yearly panel, a fifth of them in US units),
 * posted to {@code POST /fhir/r4/Bundle} by the sending-system user for random patients. Every
 * bundle is a new report (its own identifier); each answer comes once the read models show it.
 */
final class FhirLoad {

  static final int VALUES_PER_BUNDLE = LabPanel.RESULTS;

  private static final String LOINC = "http://loinc.org";
  private static final String UCUM = "http://unitsofmeasure.org";

  // report identifiers stay unique across the warm-up and the measurement
  private static final AtomicLong SENT = new AtomicLong();

  record Result(ClosedLoop.Result loop) {
    double bundlesPerSecond() {
      return loop.perSecond();
    }

    double valuesPerSecond() {
      return loop.perSecond() * VALUES_PER_BUNDLE;
    }
  }

  /** Bundles sent so far, answered or not. */
  static long sent() {
    return SENT.get();
  }

  static Result run(AppProcess app, Population population, Options options, int seconds)
      throws Exception {
    return new Result(
        ClosedLoop.run(
            options.fhirClients(),
            seconds,
            client -> {
              ApiClient lis = new ApiClient(app.httpPort(), "lis", "journey-lis");
              Random random = new Random(options.seed() * 43 + client);
              return () -> {
                String patient =
                    population.patientId(random.nextInt(options.patients())).toString();
                lis.fhir("/fhir/r4/Bundle", bundle(random, patient));
              };
            }));
  }

  /** A new report of this year's panel for {@code patient}, of someone of random sex and build. */
  static String bundle(Random random, String patient) {
    Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
    int age = 25 + random.nextInt(50);
    double height = (sex == Sex.MALE ? 170 : 158) + random.nextGaussian() * 6;
    double bmi = 24 + random.nextGaussian() * 3;
    LabPanel.Style style = random.nextInt(100) < 20 ? LabPanel.Style.US : LabPanel.Style.SI;
    List<LabPanel.Result> results =
        new LabPanel(random, sex, age, height, bmi).results(random, 0, style);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant taken = now.minus(2 + random.nextInt(70), ChronoUnit.HOURS);
    Instant issued = now.minus(1 + random.nextInt(30), ChronoUnit.MINUTES);
    String subject = "Patient/" + patient;

    ObjectNode bundle = ApiClient.JSON.createObjectNode();
    bundle.put("resourceType", "Bundle");
    bundle.put("type", "collection");
    ArrayNode entries = bundle.putArray("entry");
    ObjectNode reportEntry = entries.addObject();
    reportEntry.put("fullUrl", "urn:uuid:" + UUID.randomUUID());
    ObjectNode report = reportEntry.putObject("resource");
    report.put("resourceType", "DiagnosticReport");
    report
        .putArray("identifier")
        .addObject()
        .put("system", style.sender())
        .put("value", "FL-" + SENT.incrementAndGet());
    report.put("status", "final");
    ObjectNode code = report.putObject("code");
    code.putArray("coding")
        .addObject()
        .put("system", LOINC)
        .put("code", LabPanel.LAB_REPORT)
        .put("display", "Laboratory report");
    code.put("text", "年度体检报告");
    report.putObject("subject").put("reference", subject);
    report.put("effectiveDateTime", taken.toString());
    report.put("issued", issued.toString());
    ArrayNode references = report.putArray("result");
    for (LabPanel.Result result : results) {
      String url = "urn:uuid:" + UUID.randomUUID();
      references.addObject().put("reference", url);
      ObjectNode entry = entries.addObject();
      entry.put("fullUrl", url);
      ObjectNode observation = entry.putObject("resource");
      observation.put("resourceType", "Observation");
      observation.put("status", "final");
      observation
          .putObject("code")
          .putArray("coding")
          .addObject()
          .put("system", LOINC)
          .put("code", result.loinc())
          .put("display", result.analyte().nameEn());
      observation.putObject("subject").put("reference", subject);
      observation.put("effectiveDateTime", taken.toString());
      observation
          .putObject("valueQuantity")
          .put("value", result.value())
          .put("unit", result.unit())
          .put("system", UCUM)
          .put("code", result.unit());
    }
    return ApiClient.JSON.writeValueAsString(bundle);
  }

  private FhirLoad() {}
}
