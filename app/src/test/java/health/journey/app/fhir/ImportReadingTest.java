package health.journey.app.fhir;

import static health.journey.app.fhir.FhirFixture.assertNoEcho;
import static health.journey.app.fhir.FhirFixture.json;
import static health.journey.app.fhir.FhirFixture.refusal;
import static health.journey.app.fhir.FhirFixture.refused;
import static health.journey.app.fhir.FhirFixture.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import health.journey.api.PatientId;
import health.journey.api.indicator.Flag;
import health.journey.api.patient.PatientIdentifiers;
import health.journey.api.questionnaire.Answer;
import health.journey.api.questionnaire.AnswerQuestionnaire;
import health.journey.api.questionnaire.AnswerSource;
import health.journey.api.report.ExamReport;
import health.journey.api.report.ReportStatus;
import health.journey.api.report.ReportedValue;
import health.journey.app.support.Fhir;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Documents read into an import plan: which reports and answers each patient gets, with values
 * converted to the catalogue's units, and what became of every entry and why. Patients are found in
 * a directory kept here: our own patient ids, and identifiers linked to a patient.
 */
class ImportReadingTest {

  private static final PatientId WANG = PatientId.of("3f1c2b7e-5d4a-4e8f-9a61-0c2b8d4e5f01");
  private static final PatientId LI = PatientId.of("3f1c2b7e-5d4a-4e8f-9a61-0c2b8d4e5f02");

  private static final String URI = PatientIdentifiers.URI;

  /** Identifiers linked to a patient: "system|value". */
  private final Map<String, PatientId> linked = new HashMap<>();

  /** Questionnaires published here, by url. */
  private final Map<String, String> questionnaires = new HashMap<>();

  /** What the directory was asked, in order. */
  private final List<String> asked = new ArrayList<>();

  private Optional<PatientId> find(String system, String value) {
    asked.add(system + "|" + value);
    if (PatientIdentifiers.PATIENT_ID.equals(system)) {
      return Set.of(WANG.toString(), LI.toString()).contains(value)
          ? Optional.of(PatientId.of(value))
          : Optional.empty();
    }
    return Optional.ofNullable(linked.get(system + "|" + value));
  }

  private void link(String system, String value, PatientId patient) {
    linked.put(system + "|" + value, patient);
  }

  private ImportPlan plan(String json, String type) {
    return ImportReading.plan(
        FhirFixture.read(json, type),
        new PatientMatcher(this::find),
        url -> Optional.ofNullable(questionnaires.get(url)));
  }

  private FhirRefusal planRefused(String json, String type) {
    return refused(() -> plan(json, type));
  }

  private static List<ExamReport> reports(ImportPlan plan) {
    return plan.byPatient.values().stream()
        .flatMap(w -> w.reports.stream())
        .map(ImportPlan.PlannedReport::report)
        .toList();
  }

  private static ExamReport onlyReport(ImportPlan plan) {
    List<ExamReport> reports = reports(plan);
    assertThat(reports).hasSize(1);
    return reports.get(0);
  }

  private static List<FhirIssue> notes(ImportPlan plan) {
    return plan.lines.stream().flatMap(l -> l.notes.stream()).toList();
  }

  private static List<FhirIssue> warnings(ImportPlan plan) {
    return notes(plan).stream().filter(i -> i.severity().equals("warning")).toList();
  }

  // ---- documents written for these tests -------------------------------------------------------

  private static final String PATIENT = "urn:uuid:7d3e9a10-5c1b-4f7e-9a61-3f2b8c4d5e01";

  /**
   * A Patient entry known by the exam centre's record number; its name never appears in answers.
   */
  private static String patientEntry(String gender) {
    return "{'fullUrl':'"
        + PATIENT
        + "','resource':{'resourceType':'Patient','identifier':[{'system':"
        + "'https://lab.example.org/mrn','value':'MRN-77'}],'name':[{'family':'Wangwu'}],"
        + "'gender':'"
        + gender
        + "'},'request':{'method':'POST','url':'Patient'}}";
  }

  private static String observationEntry(String uuid, String loinc, String value, String unit) {
    return "{'fullUrl':'urn:uuid:"
        + uuid
        + "','resource':{'resourceType':'Observation','status':'final','code':{'coding':"
        + "[{'system':'http://loinc.org','code':'"
        + loinc
        + "'}]},'subject':{'reference':'"
        + PATIENT
        + "'},'valueQuantity':{'value':"
        + value
        + ",'unit':'"
        + unit
        + "','system':'http://unitsofmeasure.org','code':'"
        + unit
        + "'}},'request':{'method':'POST','url':'Observation'}}";
  }

  /** A US exam centre's transaction: a lipid and glucose report in conventional units. */
  private static String usTransaction() {
    return json(
        "{'resourceType':'Bundle','type':'transaction','entry':["
            + patientEntry("female")
            + ",{'fullUrl':'urn:uuid:2a6f0c4e-1d2b-4c3a-8e9f-000000000010','resource':{"
            + "'resourceType':'DiagnosticReport','identifier':[{'system':"
            + "'https://lab.example.org/accession','value':'ACC-2024-0001'}],'status':'final',"
            + "'code':{'coding':[{'system':'http://loinc.org','code':'24331-1','display':"
            + "'Lipid panel'}]},'subject':{'reference':'"
            + PATIENT
            + "'},'effectiveDateTime':'2024-03-05T08:10:00-05:00','issued':"
            + "'2024-03-05T15:00:00-05:00','result':["
            + "{'reference':'urn:uuid:2a6f0c4e-1d2b-4c3a-8e9f-000000000001'},"
            + "{'reference':'urn:uuid:2a6f0c4e-1d2b-4c3a-8e9f-000000000002'},"
            + "{'reference':'urn:uuid:2a6f0c4e-1d2b-4c3a-8e9f-000000000003'},"
            + "{'reference':'urn:uuid:2a6f0c4e-1d2b-4c3a-8e9f-000000000004'},"
            + "{'reference':'urn:uuid:2a6f0c4e-1d2b-4c3a-8e9f-000000000005'},"
            + "{'reference':'urn:uuid:2a6f0c4e-1d2b-4c3a-8e9f-000000000006'}]},"
            + "'request':{'method':'POST','url':'DiagnosticReport'}},"
            + observationEntry("2a6f0c4e-1d2b-4c3a-8e9f-000000000001", "1558-6", "126", "mg/dL")
            + ","
            + observationEntry("2a6f0c4e-1d2b-4c3a-8e9f-000000000002", "2093-3", "240", "mg/dL")
            + ","
            + observationEntry("2a6f0c4e-1d2b-4c3a-8e9f-000000000003", "2571-8", "150", "mg/dL")
            + ","
            + observationEntry("2a6f0c4e-1d2b-4c3a-8e9f-000000000004", "2085-9", "40", "mg/dL")
            + ","
            + observationEntry("2a6f0c4e-1d2b-4c3a-8e9f-000000000005", "2160-0", "1.00", "mg/dL")
            + ","
            + observationEntry("2a6f0c4e-1d2b-4c3a-8e9f-000000000006", "718-7", "12.5", "g/dL")
            + ",{'request':{'method':'DELETE','url':'Observation/old-1'}}]}");
  }

  @Test
  void conventionalUnitsAreConvertedToSiWithTheOriginalKept() {
    link("https://lab.example.org/mrn", "MRN-77", WANG);
    ImportPlan plan = plan(usTransaction(), "Bundle");

    assertThat(plan.byPatient).containsOnlyKeys(WANG);
    ExamReport report = onlyReport(plan);
    assertThat(report.sourceSystem()).isEqualTo("https://lab.example.org/accession");
    assertThat(report.identifier()).isEqualTo("ACC-2024-0001");
    assertThat(report.code()).isEqualTo("24331-1");
    assertThat(report.status()).isEqualTo(ReportStatus.FINAL);
    assertThat(report.title()).isEqualTo("Lipid panel");
    assertThat(report.issuedAt()).isEqualTo(Instant.parse("2024-03-05T20:00:00Z"));
    assertThat(report.values()).hasSize(6);

    // 126 mg/dL fasting glucose is the diabetes threshold, 7.0 mmol/L (WHO 1999): ÷ 18.016 is
    // 6.9937, kept to the catalogue's two decimals.
    ReportedValue glucose = value(report, "1558-6");
    assertThat(glucose.analyteId()).isEqualTo("FASTING_GLUCOSE");
    assertThat(glucose.value()).isCloseTo(new BigDecimal("7.0"), within(new BigDecimal("0.05")));
    assertThat(glucose.value()).isEqualByComparingTo("6.99");
    assertThat(glucose.value().scale()).isEqualTo(2);
    assertThat(glucose.unit()).isEqualTo("mmol/L");
    assertThat(glucose.originalValue()).isEqualByComparingTo("126");
    assertThat(glucose.originalUnit()).isEqualTo("mg/dL");
    assertThat(glucose.effectiveAt()).isEqualTo(Instant.parse("2024-03-05T13:10:00Z"));
    assertThat(glucose.sourceId()).isEqualTo("urn:uuid:2a6f0c4e-1d2b-4c3a-8e9f-000000000001");
    // Flags from ranges are the command side's, for the patient's sex and age; the sender gave
    // none.
    assertThat(glucose.flag()).isNull();
    assertThat(glucose.flagFromSender()).isFalse();
    // NCEP ATP III: total cholesterol 240 mg/dL (high) is 6.21 mmol/L (× 0.02586).
    ReportedValue cholesterol = value(report, "2093-3");
    assertThat(cholesterol.analyteId()).isEqualTo("TOTAL_CHOLESTEROL");
    assertThat(cholesterol.value()).isEqualByComparingTo("6.21");
    assertThat(cholesterol.originalValue()).isEqualByComparingTo("240");
    // Triglycerides 150 mg/dL is 1.69 mmol/L (× 0.01129); HDL-C 40 mg/dL is 1.03 mmol/L.
    assertThat(value(report, "2571-8").value()).isEqualByComparingTo("1.69");
    assertThat(value(report, "2571-8").unit()).isEqualTo("mmol/L");
    assertThat(value(report, "2085-9").value()).isEqualByComparingTo("1.03");
    // Creatinine 1.00 mg/dL is 88.4 µmol/L.
    ReportedValue creatinine = value(report, "2160-0");
    assertThat(creatinine.value()).isEqualByComparingTo("88.4");
    assertThat(creatinine.value().scale()).isEqualTo(1);
    assertThat(creatinine.unit()).isEqualTo("umol/L");
    // Haemoglobin 12.5 g/dL is 125 g/L.
    ReportedValue haemoglobin = value(report, "718-7");
    assertThat(haemoglobin.value()).isEqualByComparingTo("125");
    assertThat(haemoglobin.unit()).isEqualTo("g/L");
    assertThat(haemoglobin.originalUnit()).isEqualTo("g/dL");
    assertThat(notes(plan)).isEmpty();
  }

  @Test
  void thePatientIsUsedForMatchingButNotImported() {
    link("https://lab.example.org/mrn", "MRN-77", WANG);
    ImportPlan plan = plan(usTransaction(), "Bundle");

    assertThat(asked).contains("https://lab.example.org/mrn|MRN-77");
    assertThat(plan.lines).extracting(l -> l.index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(plan.lines.get(0).type).isEqualTo("Patient");
    assertThat(plan.lines.get(0).result).startsWith("ignored: Patient resources are not imported");
    assertThat(plan.lines.get(0).imported).isFalse();
    assertThat(plan.lines.get(1).type).isEqualTo("DiagnosticReport");
    assertThat(plan.lines.get(1).imported).isTrue();
    assertThat(plan.lines.subList(2, 8))
        .allSatisfy(
            l -> {
              assertThat(l.type).isEqualTo("Observation");
              assertThat(l.result).isEqualTo("taken as a result of a report in this document");
            });
    assertThat(plan.lines.get(8).path).isEqualTo("Bundle.entry[8]");
    assertThat(plan.lines.get(8).result).contains("carries no resource");
    assertNoEcho(OperationOutcomes.lines(plan), "Wangwu", "MRN-77");
  }

  @Test
  void aSubjectTheBundleDoesNotHoldNamesNobodyAndOurPatientIdDoes() {
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'collection','entry':["
                + observationEntry("2a6f0c4e-1d2b-4c3a-8e9f-000000000006", "718-7", "12.5", "g/dL")
                    .replace(",'request':{'method':'POST','url':'Observation'}", "")
                    .replace("'valueQuantity'", "'effectiveDateTime':'2024-03-05','valueQuantity'")
                + "]}");
    // The subject is a urn:uuid the bundle does not hold: it has no meaning outside the bundle.
    FhirRefusal refusal = planRefused(bundle, "Bundle");
    assertThat(refusal.status()).isEqualTo(422);
    assertThat(refusal.issues()).hasSize(1);
    assertThat(refusal.issues().get(0).code()).isEqualTo("not-found");
    assertThat(refusal.issues().get(0).expression()).isEqualTo("Bundle.entry[0].resource.subject");
    assertNoEcho(refusal.issues(), "7d3e9a10");

    ImportPlan plan = plan(bundle.replace(PATIENT, "Patient/" + WANG), "Bundle");
    assertThat(plan.byPatient).containsOnlyKeys(WANG);
    assertThat(asked).contains(PatientIdentifiers.PATIENT_ID + "|" + WANG);
    ReportedValue haemoglobin = value(onlyReport(plan), "718-7");
    assertThat(haemoglobin.value()).isEqualByComparingTo("125");
    assertThat(haemoglobin.flag()).isNull();
  }

  @Test
  void aCardNumberInTheSubjectNamesThePatient() {
    link(PatientIdentifiers.CARD_NUMBER, "JZK-000123", LI);
    String observation =
        json(
            "{'resourceType':'Observation','status':'final','code':{'coding':[{'system':"
                + "'http://loinc.org','code':'8867-4'}]},'subject':{'identifier':{'system':'"
                + PatientIdentifiers.CARD_NUMBER
                + "','value':'JZK-000123'}},'effectiveDateTime':'2024-05-01T09:00:00+08:00',"
                + "'valueQuantity':{'value':72,'unit':'/min'}}");

    assertThat(plan(observation, "Observation").byPatient).containsOnlyKeys(LI);
  }

  @Test
  void aSubjectWhoseReferenceAndIdentifierNameTwoPatientsIsRefused() {
    link(PatientIdentifiers.CARD_NUMBER, "JZK-000123", LI);
    String observation =
        json(
            "{'resourceType':'Observation','status':'final','code':{'coding':[{'system':"
                + "'http://loinc.org','code':'8867-4'}]},'subject':{'reference':'Patient/"
                + WANG
                + "','identifier':{'system':'"
                + PatientIdentifiers.CARD_NUMBER
                + "','value':'JZK-000123'}},'effectiveDateTime':'2024-05-01T09:00:00+08:00',"
                + "'valueQuantity':{'value':72,'unit':'/min'}}");

    FhirRefusal refusal = planRefused(observation, "Observation");
    assertThat(refusal.status()).isEqualTo(422);
    assertThat(refusal.issues().get(0).code()).isEqualTo("business-rule");
    assertThat(refusal.issues().get(0).expression()).isEqualTo("Observation.subject");
    assertNoEcho(refusal.issues(), "JZK", WANG.toString());
  }

  @Test
  void anUnknownUnitKeepsTheValueAsSentWithAProblemAndAWarning() {
    link(URI, "Patient/p1", WANG);
    String observation =
        json(
            "{'resourceType':'Observation','id':'glu-1','status':'final','code':{'coding':[{"
                + "'system':'http://loinc.org','code':'1558-6'}]},'subject':{'reference':"
                + "'Patient/p1'},'effectiveDateTime':'2024-05-01T07:30:00+08:00','valueQuantity':"
                + "{'value':5.4,'unit':'mmol/dL?','system':'http://unitsofmeasure.org','code':"
                + "'mmol/dL?'}}");
    ImportPlan plan = plan(observation, "Observation");

    ReportedValue glucose = value(onlyReport(plan), "1558-6");
    assertThat(glucose.analyteId()).isEqualTo("FASTING_GLUCOSE");
    assertThat(glucose.value()).isNull();
    assertThat(glucose.unit()).isNull();
    assertThat(glucose.originalValue()).isEqualByComparingTo("5.4");
    assertThat(glucose.originalUnit()).isEqualTo("mmol/dL?");
    assertThat(glucose.problem())
        .contains("is not a known unit for Fasting glucose")
        .contains("1558-6")
        .contains("mmol/L");
    assertThat(glucose.flag()).isNull();
    assertThat(warnings(plan))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo("value");
              // value[x] in FHIRPath, whatever its type
              assertThat(w.expression()).isEqualTo("Observation.value");
              assertThat(w.diagnostics()).startsWith("Kept as sent: ");
            });
    assertNoEcho(warnings(plan), "5.4");
  }

  @Test
  void aPlainUnknownUnitIsNamedInTheProblem() {
    link(URI, "Patient/p1", WANG);
    String observation =
        json(
            "{'resourceType':'Observation','status':'final','code':{'coding':[{'system':"
                + "'http://loinc.org','code':'2093-3'}]},'subject':{'reference':'Patient/p1'},"
                + "'effectiveDateTime':'2024-05-01','valueQuantity':{'value':190,'unit':"
                + "'mg per dl'}}");
    ImportPlan plan = plan(observation, "Observation");

    ReportedValue cholesterol = value(onlyReport(plan), "2093-3");
    assertThat(cholesterol.value()).isNull();
    assertThat(cholesterol.originalUnit()).isEqualTo("mg per dl");
    assertThat(cholesterol.problem())
        .isEqualTo(
            "unit 'mg per dl' is not a known unit for Total cholesterol (2093-3, kept in mmol/L)");
  }

  @Test
  void aValueWithoutUnitOfACataloguedAnalyteIsKeptAsSent() {
    link(URI, "Patient/p1", WANG);
    String observation =
        json(
            "{'resourceType':'Observation','status':'final','code':{'coding':[{'system':"
                + "'http://loinc.org','code':'2093-3'}]},'subject':{'reference':'Patient/p1'},"
                + "'effectiveDateTime':'2024-05-01','valueQuantity':{'value':5.1}}");
    ImportPlan plan = plan(observation, "Observation");

    ReportedValue cholesterol = value(onlyReport(plan), "2093-3");
    assertThat(cholesterol.value()).isNull();
    assertThat(cholesterol.originalValue()).isEqualByComparingTo("5.1");
    assertThat(cholesterol.problem()).startsWith("no unit is not a known unit");
    assertThat(warnings(plan)).hasSize(1);
  }

  @Test
  void aUnitOfTheWrongKindIsNotConverted() {
    link(URI, "Patient/p1", WANG);
    String observation =
        json(
            "{'resourceType':'Observation','status':'final','code':{'coding':[{'system':"
                + "'http://loinc.org','code':'39156-5'}]},'subject':{'reference':'Patient/p1'},"
                + "'effectiveDateTime':'2024-05-01','valueQuantity':{'value':22.5,'unit':'mg/dL'}}");
    ImportPlan plan = plan(observation, "Observation");

    ReportedValue bmi = value(onlyReport(plan), "39156-5");
    assertThat(bmi.value()).isNull();
    assertThat(bmi.originalValue()).isEqualByComparingTo("22.5");
    assertThat(bmi.problem()).contains("cannot be converted for Body mass index");
    assertThat(warnings(plan)).singleElement().extracting(FhirIssue::code).isEqualTo("value");
  }

  @Test
  void anAnalyteOutsideTheCatalogueKeepsItsValueUnitAndRange() {
    link(URI, "Patient/p1", WANG);
    String observation =
        json(
            "{'resourceType':'Observation','status':'final','code':{'coding':[{'system':"
                + "'http://loinc.org','code':'787-2','display':'MCV'}]},'subject':{'reference':"
                + "'Patient/p1'},'effectiveDateTime':'2024-05-01','valueQuantity':{'value':91.50,"
                + "'unit':'fL','system':'http://unitsofmeasure.org','code':'fL'},"
                + "'referenceRange':[{'low':{'value':80,'unit':'fL'},'high':{'value':100,"
                + "'unit':'fL'}}]}");

    ReportedValue mcv = value(onlyReport(plan(observation, "Observation")), "787-2");
    assertThat(mcv.analyteId()).isNull();
    assertThat(mcv.value().toPlainString()).as("the precision sent is kept").isEqualTo("91.50");
    assertThat(mcv.unit()).isEqualTo("fL");
    assertThat(mcv.name()).isEqualTo("MCV");
    assertThat(mcv.referenceLow()).isEqualByComparingTo("80");
    assertThat(mcv.referenceHigh()).isEqualByComparingTo("100");
    assertThat(mcv.flag()).isNull();
    assertThat(mcv.flagFromSender()).isFalse();
  }

  @Test
  void aReferenceRangeInConventionalUnitsIsConvertedWithTheValue() {
    link(URI, "Patient/p1", WANG);
    String observation =
        json(
            "{'resourceType':'Observation','status':'final','code':{'coding':[{'system':"
                + "'http://loinc.org','code':'1558-6'}]},'subject':{'reference':'Patient/p1'},"
                + "'effectiveDateTime':'2024-05-01','valueQuantity':{'value':90,'unit':'mg/dL'},"
                + "'referenceRange':[{'low':{'value':70,'unit':'mg/dL'},'high':{'value':99},"
                + "'text':'70-99 mg/dL'}],'interpretation':[{'coding':[{'system':"
                + "'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation','code':"
                + "'N'}]}]}");

    ReportedValue glucose = value(onlyReport(plan(observation, "Observation")), "1558-6");
    assertThat(glucose.value()).isEqualByComparingTo("5.00");
    // 70 mg/dL is 3.89 mmol/L; a bound without unit is in the value's unit: 99 mg/dL is 5.50.
    assertThat(glucose.referenceLow()).isEqualByComparingTo("3.89");
    assertThat(glucose.referenceHigh()).isEqualByComparingTo("5.50");
    assertThat(glucose.referenceText()).isEqualTo("70-99 mg/dL");
    assertThat(glucose.flag()).isEqualTo(Flag.NORMAL);
    assertThat(glucose.flagFromSender()).isTrue();
  }

  @Test
  void aResultThatResolvesToNothingIsAWarningAndTheRestIsPlanned() {
    link(URI, "https://lab.example.org/fhir/Patient/p1", WANG);
    String bundle =
        json(
            "{'resourceType':'Bundle','id':'b1','type':'collection','entry':[{'fullUrl':"
                + "'https://lab.example.org/fhir/DiagnosticReport/r1','resource':{'resourceType':"
                + "'DiagnosticReport','id':'r1','status':'final','code':{'text':'Glucose'},"
                + "'subject':{'reference':'Patient/p1'},'effectiveDateTime':'2024-05-01T08:00:00Z',"
                + "'result':[{'reference':'Observation/o1'},{'reference':'Observation/missing'}]}},"
                + "{'fullUrl':'https://lab.example.org/fhir/Observation/o1','resource':{"
                + "'resourceType':'Observation','id':'o1','status':'final','code':{'coding':[{"
                + "'system':'http://loinc.org','code':'2345-7'}]},'valueQuantity':{'value':5.1,"
                + "'unit':'mmol/L'}}}]}");
    ImportPlan plan = plan(bundle, "Bundle");

    ExamReport report = onlyReport(plan);
    // No identifier: the report is known by its RESTful fullUrl.
    assertThat(report.sourceSystem()).isEqualTo(URI);
    assertThat(report.identifier()).isEqualTo("https://lab.example.org/fhir/DiagnosticReport/r1");
    assertThat(report.code()).isNull();
    assertThat(report.title()).isEqualTo("Glucose");
    assertThat(report.issuedAt()).isEqualTo(Instant.parse("2024-05-01T08:00:00Z"));
    assertThat(report.values()).extracting(ReportedValue::code).containsExactly("2345-7");
    assertThat(value(report, "2345-7").effectiveAt())
        .as("the report's time, as the result gives none")
        .isEqualTo(Instant.parse("2024-05-01T08:00:00Z"));
    assertThat(warnings(plan))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo("not-found");
              assertThat(w.expression()).isEqualTo("Bundle.entry[0].resource.result[1]");
              assertThat(w.diagnostics()).contains("Observation/missing");
            });
    assertThat(plan.lines.get(1).result)
        .as("o1 is not planned a second time on its own")
        .isEqualTo("taken as a result of a report in this document");
  }

  @Test
  void aResultWithoutAnyTimeIsLeftOutWithAWarning() {
    link(URI, "Patient/p1", WANG);
    String report =
        json(
            "{'resourceType':'DiagnosticReport','id':'r3','status':'final','code':{'text':'x'},"
                + "'subject':{'reference':'Patient/p1'},'contained':[{'resourceType':"
                + "'Observation','id':'o','status':'final','code':{'coding':[{'system':"
                + "'http://loinc.org','code':'2345-7'}]},'valueQuantity':{'value':5.1,'unit':"
                + "'mmol/L'}}],'result':[{'reference':'#o'}]}");
    ImportPlan plan = plan(report, "DiagnosticReport");

    assertThat(onlyReport(plan).values()).isEmpty();
    assertThat(warnings(plan))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo("required");
              assertThat(w.expression()).isEqualTo("DiagnosticReport.result[0]");
              assertThat(w.diagnostics()).contains("effective[x]");
            });
  }

  @Test
  void containedResultsAndAContainedPatientAreResolved() {
    link("urn:example:mrn", "MRN-9", LI);
    String report =
        json(
            "{'resourceType':'DiagnosticReport','id':'r2','contained':[{'resourceType':'Patient',"
                + "'id':'pat','identifier':[{'system':'urn:example:mrn','value':'MRN-9'}],"
                + "'gender':'male'},{'resourceType':'Observation','id':'hb','status':'final',"
                + "'code':{'coding':[{'system':'http://loinc.org','code':'718-7'}]},"
                + "'valueQuantity':{'value':125,'unit':'g/L'}}],'identifier':[{'system':"
                + "'urn:example:reports','value':'R-2'}],'status':'amended','code':{'text':"
                + "'Blood count'},'subject':{'reference':'#pat'},'issued':'2024-05-02T10:00:00+08:00',"
                + "'result':[{'reference':'#hb'}]}");
    ImportPlan plan = plan(report, "DiagnosticReport");

    assertThat(plan.byPatient).containsOnlyKeys(LI);
    ExamReport exam = onlyReport(plan);
    assertThat(exam.sourceSystem()).isEqualTo("urn:example:reports");
    assertThat(exam.identifier()).isEqualTo("R-2");
    assertThat(exam.status()).isEqualTo(ReportStatus.AMENDED);
    assertThat(value(exam, "718-7").value()).isEqualByComparingTo("125");
    assertThat(value(exam, "718-7").sourceId()).isEqualTo("DiagnosticReport/r2#hb");
    assertThat(value(exam, "718-7").effectiveAt()).isEqualTo(Instant.parse("2024-05-02T02:00:00Z"));
  }

  @Test
  void relativeReferencesResolveAgainstTheBaseOfTheFullUrl() {
    link(URI, "http://a.example/fhir/Patient/9", WANG);
    link(URI, "http://b.example/fhir/Patient/9", LI);
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'batch','entry':[{'fullUrl':"
                + "'http://a.example/fhir/Patient/9','resource':{'resourceType':'Patient','id':'9',"
                + "'gender':'female'},'request':{'method':'PUT','url':'Patient/9'}},{'fullUrl':"
                + "'http://b.example/fhir/Patient/9','resource':{'resourceType':'Patient','id':'9',"
                + "'gender':'male'},'request':{'method':'PUT','url':'Patient/9'}},{'fullUrl':"
                + "'http://b.example/fhir/Observation/w','resource':{'resourceType':'Observation',"
                + "'id':'w','status':'final','code':{'coding':[{'system':'http://loinc.org',"
                + "'code':'8280-0'}]},'subject':{'reference':'Patient/9'},'effectiveDateTime':"
                + "'2024-05-01','valueQuantity':{'value':88,'unit':'cm'}},'request':{'method':"
                + "'POST','url':'Observation'}}]}");
    ImportPlan plan = plan(bundle, "Bundle");

    // Patient/9 from b.example is b.example's patient 9.
    assertThat(plan.byPatient).containsOnlyKeys(LI);
    ExamReport report = onlyReport(plan);
    assertThat(value(report, "8280-0").analyteId()).isEqualTo("WAIST");
    assertThat(report.sourceSystem()).isEqualTo(URI);
    assertThat(report.identifier()).isEqualTo("http://b.example/fhir/Observation/w");
    assertThat(asked).doesNotContain(PatientIdentifiers.PATIENT_ID + "|9");
  }

  @Test
  void aSearchsetImportsItsMatchesAndUsesItsIncludesToResolve() {
    link(URI, "https://lab.example.org/fhir/Patient/p5", WANG);
    String bundle =
        json(
            "{'resourceType':'Bundle','id':'search-1','type':'searchset','total':1,'entry':["
                + "{'fullUrl':'https://lab.example.org/fhir/DiagnosticReport/d1','resource':{"
                + "'resourceType':'DiagnosticReport','id':'d1','identifier':[{'system':"
                + "'https://lab.example.org/reports','value':'D1'}],'status':'final','code':{"
                + "'text':'Lipids'},'subject':{'reference':'Patient/p5'},'effectiveDateTime':"
                + "'2024-05-01T08:00:00+08:00','result':[{'reference':'Observation/ldl'}]},"
                + "'search':{'mode':'match'}},{'fullUrl':"
                + "'https://lab.example.org/fhir/Observation/ldl','resource':{'resourceType':"
                + "'Observation','id':'ldl','status':'final','code':{'coding':[{'system':"
                + "'http://loinc.org','code':'18262-6'}]},'subject':{'reference':'Patient/p5'},"
                + "'valueQuantity':{'value':3.1,'unit':'mmol/L','system':"
                + "'http://unitsofmeasure.org','code':'mmol/L'}},'search':{'mode':'include'}},"
                + "{'resource':{'resourceType':'OperationOutcome','issue':[{'severity':"
                + "'information','code':'informational'}]},'search':{'mode':'outcome'}}]}");
    ImportPlan plan = plan(bundle, "Bundle");

    ExamReport report = onlyReport(plan);
    assertThat(report.identifier()).isEqualTo("D1");
    assertThat(value(report, "18262-6").analyteId()).isEqualTo("LDL_CHOLESTEROL");
    assertThat(value(report, "18262-6").value()).isEqualByComparingTo("3.1");
    assertThat(plan.lines.get(1).result)
        .isEqualTo("taken as a result of a report in this document");
    assertThat(plan.lines.get(2).result)
        .isEqualTo(
            "ignored: OperationOutcome is not imported (reports, observations and questionnaire"
                + " responses are)");
  }

  @Test
  void observationsNoReportHoldsBecomeOneReportEach() {
    link(URI, "Patient/p8", WANG);
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'collection','entry':["
                + "{'resource':{'resourceType':'Observation','status':'preliminary','code':{"
                + "'coding':[{'system':'http://loinc.org','code':'8302-2'}]},'subject':{"
                + "'reference':'Patient/p8'},'effectiveDateTime':'2024-05-01T09:00:00+08:00',"
                + "'valueQuantity':{'value':1.72,'unit':'m','system':'http://unitsofmeasure.org',"
                + "'code':'m'}}},{'resource':{'resourceType':'Observation','status':'preliminary',"
                + "'code':{'coding':[{'system':'http://loinc.org','code':'29463-7'}]},'subject':{"
                + "'reference':'Patient/p8'},'effectiveDateTime':'2024-05-01T09:00:00+08:00',"
                + "'valueInteger':70}}]}");
    ImportPlan plan = plan(bundle, "Bundle");

    List<ExamReport> reports = reports(plan);
    assertThat(reports).hasSize(2);
    assertThat(reports)
        .allSatisfy(
            r -> {
              assertThat(r.status()).isEqualTo(ReportStatus.PRELIMINARY);
              // Neither identifier nor URL: known by what it says.
              assertThat(r.sourceSystem()).isEqualTo(ImportReading.CONTENT);
              assertThat(r.identifier()).isEqualTo(r.contentHash().substring(0, 32));
              assertThat(r.values()).hasSize(1);
              assertThat(r.issuedAt()).isEqualTo(Instant.parse("2024-05-01T01:00:00Z"));
            });
    ExamReport height = reports.get(0);
    assertThat(height.code()).isEqualTo("8302-2");
    assertThat(height.title()).isEqualTo("Body height");
    assertThat(value(height, "8302-2").value()).isEqualByComparingTo("172.0");
    assertThat(value(height, "8302-2").value().scale()).isEqualTo(1);
    assertThat(value(height, "8302-2").unit()).isEqualTo("cm");
    // An integer gives no unit: for a measured analyte it is kept as sent, never read in the
    // canonical unit by assumption.
    ReportedValue weight = value(reports.get(1), "29463-7");
    assertThat(weight.analyteId()).isEqualTo("BODY_WEIGHT");
    assertThat(weight.value()).isNull();
    assertThat(weight.originalValue()).isEqualByComparingTo("70");
    assertThat(weight.unit()).isNull();
    assertThat(weight.problem()).contains("no unit");
    assertThat(plan.lines).allSatisfy(l -> assertThat(l.imported).isTrue());
  }

  @Test
  void observationsOfTwoPatientsBecomeOneReportEach() {
    String observation =
        "{'resource':{'resourceType':'Observation','status':'final','code':{'coding':[{"
            + "'system':'http://loinc.org','code':'8867-4'}]},'subject':{'reference':'Patient/%s'},"
            + "'effectiveDateTime':'2024-05-01T09:00:00+08:00','valueQuantity':{'value':72,"
            + "'unit':'/min'}}}";
    String bundle =
        json(
            "{'resourceType':'Bundle','id':'hr','type':'collection','entry':["
                + observation.formatted(WANG)
                + ","
                + observation.formatted(LI)
                + "]}");
    ImportPlan plan = plan(bundle, "Bundle");

    assertThat(plan.byPatient).containsOnlyKeys(WANG, LI);
    ExamReport wang = plan.byPatient.get(WANG).reports.get(0).report();
    ExamReport li = plan.byPatient.get(LI).reports.get(0).report();
    assertThat(value(wang, "8867-4").analyteId()).isEqualTo("HEART_RATE");
    // The same reading says the same: one identifier, two reports, one in each record.
    assertThat(wang.identifier()).isEqualTo(li.identifier());
    assertThat(wang.idFor(WANG)).isNotEqualTo(li.idFor(LI));
  }

  @Test
  void enteredInErrorAndAbsentResultsAreLeftOutWithTheReason() {
    link(URI, "Patient/p1", WANG);
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'collection','entry':[{'fullUrl':'urn:uuid:"
                + "5e0a1b2c-0000-4000-8000-000000000001','resource':{'resourceType':"
                + "'DiagnosticReport','identifier':[{'system':'urn:example:r','value':'R-5'}],"
                + "'status':'final','code':{'text':'Chemistry'},'subject':{'reference':"
                + "'Patient/p1'},'effectiveDateTime':'2024-05-01','result':[{'reference':"
                + "'urn:uuid:5e0a1b2c-0000-4000-8000-000000000002'},{'reference':'urn:uuid:"
                + "5e0a1b2c-0000-4000-8000-000000000003'},{'reference':'urn:uuid:5e0a1b2c-0000-"
                + "4000-8000-000000000004'}]}},{'fullUrl':'urn:uuid:5e0a1b2c-0000-4000-8000-"
                + "000000000002','resource':{'resourceType':'Observation','status':"
                + "'entered-in-error','code':{'coding':[{'system':'http://loinc.org','code':"
                + "'1742-6'}]},'valueQuantity':{'value':40,'unit':'U/L'}}},{'fullUrl':'urn:uuid:"
                + "5e0a1b2c-0000-4000-8000-000000000003','resource':{'resourceType':'Observation',"
                + "'status':'final','code':{'coding':[{'system':'http://loinc.org','code':"
                + "'1920-8'}]},'dataAbsentReason':{'coding':[{'system':"
                + "'http://terminology.hl7.org/CodeSystem/data-absent-reason','code':'error'}]}}},"
                + "{'fullUrl':'urn:uuid:5e0a1b2c-0000-4000-8000-000000000004','resource':{"
                + "'resourceType':'Observation','status':'final','code':{'coding':[{'system':"
                + "'http://loinc.org','code':'2324-2'}]},'valueQuantity':{'value':'x','unit':"
                + "'U/L'}}}]}");
    assertThat(refusal(bundle, "Bundle").status()).as("'x' is no decimal").isEqualTo(400);

    ImportPlan plan = plan(bundle.replace("\"value\":\"x\"", "\"value\":35"), "Bundle");
    ExamReport report = onlyReport(plan);
    assertThat(report.values()).extracting(ReportedValue::code).containsExactly("2324-2");
    assertThat(value(report, "2324-2").analyteId()).isEqualTo("GGT");
    assertThat(plan.lines.get(0).notes)
        .extracting(FhirIssue::severity, FhirIssue::expression, FhirIssue::diagnostics)
        .containsExactly(
            tuple(
                "information",
                "Bundle.entry[1].resource.status",
                "Ignored: an observation with status entered-in-error gives no value"),
            tuple(
                "information",
                "Bundle.entry[2].resource.dataAbsentReason",
                "Ignored: the sender says the value is absent (dataAbsentReason)"));
  }

  @Test
  void aCancelledObservationOnItsOwnGivesNothing() {
    link(URI, "Patient/p1", WANG);
    String observation =
        json(
            "{'resourceType':'Observation','status':'cancelled','code':{'coding':[{'system':"
                + "'http://loinc.org','code':'2093-3'}]},'subject':{'reference':'Patient/p1'},"
                + "'effectiveDateTime':'2024-05-01','valueQuantity':{'value':5.0,'unit':'mmol/L'}}");
    ImportPlan plan = plan(observation, "Observation");

    assertThat(plan.nothingToImport()).isTrue();
    assertThat(plan.lines.get(0).result)
        .isEqualTo("ignored: an observation with status cancelled gives no value");
    assertThat(asked).as("nobody is looked up for what is not imported").isEmpty();
  }

  @Test
  void aCancelledReportAndItsResultsAreNotImported() {
    link(URI, "Patient/p1", WANG);
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'collection','entry':[{'fullUrl':'urn:uuid:"
                + "6e0a1b2c-0000-4000-8000-000000000001','resource':{'resourceType':"
                + "'DiagnosticReport','status':'cancelled','code':{'text':'Lipids'},'subject':{"
                + "'reference':'Patient/p1'},'effectiveDateTime':'2024-05-01','result':[{"
                + "'reference':'urn:uuid:6e0a1b2c-0000-4000-8000-000000000002'}]}},{'fullUrl':"
                + "'urn:uuid:6e0a1b2c-0000-4000-8000-000000000002','resource':{'resourceType':"
                + "'Observation','status':'final','code':{'coding':[{'system':'http://loinc.org',"
                + "'code':'2093-3'}]},'subject':{'reference':'Patient/p1'},'valueQuantity':{"
                + "'value':5.0,'unit':'mmol/L'}}}]}");
    ImportPlan plan = plan(bundle, "Bundle");

    assertThat(plan.nothingToImport()).isTrue();
    assertThat(plan.lines)
        .extracting(l -> l.result, l -> l.imported)
        .containsExactly(
            tuple("ignored: a report with status cancelled is not imported", false),
            tuple("ignored: a result of a report that is not imported", false));
  }

  @Test
  void aResultOfACancelledReportThatAFinalReportHoldsIsTheFinalReports() {
    link(URI, "Patient/p1", WANG);
    String report =
        "{'fullUrl':'urn:uuid:6e0a1b2c-0000-4000-8000-00000000000%s','resource':{'resourceType':"
            + "'DiagnosticReport','identifier':[{'system':'urn:example:r','value':'R-%s'}],"
            + "'status':'%s','code':{'text':'Lipids'},'subject':{'reference':'Patient/p1'},"
            + "'effectiveDateTime':'2024-05-01','result':[{'reference':"
            + "'urn:uuid:6e0a1b2c-0000-4000-8000-000000000009'}]}}";
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'collection','entry':["
                + report.formatted("1", "1", "cancelled")
                + ","
                + report.formatted("2", "2", "final")
                + ",{'fullUrl':'urn:uuid:6e0a1b2c-0000-4000-8000-000000000009','resource':{"
                + "'resourceType':'Observation','status':'final','code':{'coding':[{'system':"
                + "'http://loinc.org','code':'2093-3'}]},'subject':{'reference':'Patient/p1'},"
                + "'valueQuantity':{'value':5.0,'unit':'mmol/L'}}}]}");
    ImportPlan plan = plan(bundle, "Bundle");

    ExamReport planned = onlyReport(plan);
    assertThat(planned.identifier()).isEqualTo("R-2");
    assertThat(planned.values()).extracting(ReportedValue::code).containsExactly("2093-3");
    assertThat(plan.lines.get(2).result)
        .isEqualTo("taken as a result of a report in this document");
  }

  @Test
  void aPanelObservationBringsItsMembers() {
    link(URI, "Patient/p1", WANG);
    String bundle =
        json(
            "{'resourceType':'Bundle','id':'panel','type':'collection','entry':[{'fullUrl':"
                + "'urn:uuid:7e0a1b2c-0000-4000-8000-000000000001','resource':{'resourceType':"
                + "'Observation','status':'final','code':{'coding':[{'system':'http://loinc.org',"
                + "'code':'57698-3'}]},'subject':{'reference':'Patient/p1'},'effectiveDateTime':"
                + "'2024-05-01','hasMember':[{'reference':'urn:uuid:7e0a1b2c-0000-4000-8000-"
                + "000000000002'},{'reference':'urn:uuid:7e0a1b2c-0000-4000-8000-000000000003'}]}},"
                + "{'fullUrl':'urn:uuid:7e0a1b2c-0000-4000-8000-000000000002','resource':{"
                + "'resourceType':'Observation','status':'final','code':{'coding':[{'system':"
                + "'http://loinc.org','code':'2093-3'}]},'subject':{'reference':'Patient/p1'},"
                + "'effectiveDateTime':'2024-05-01','valueQuantity':{'value':4.2,'unit':'mmol/L'},"
                + "'interpretation':[{'coding':[{'system':"
                + "'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation','code':"
                + "'A'}]}]}}]}");
    ImportPlan plan = plan(bundle, "Bundle");

    ExamReport report = onlyReport(plan);
    assertThat(report.values()).extracting(ReportedValue::code).containsExactly("2093-3");
    // "A" (abnormal) names no direction: the flag is left to the ranges.
    assertThat(value(report, "2093-3").flag()).isNull();
    assertThat(value(report, "2093-3").flagFromSender()).isFalse();
    assertThat(plan.lines.get(1).result)
        .isEqualTo("taken as a result of a report in this document");
    assertThat(plan.lines.get(0).notes)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo("not-found");
              assertThat(w.expression()).isEqualTo("Bundle.entry[0].resource.hasMember[1]");
            });
  }

  @Test
  void aComparatorKeepsTheResultAsWordsAndTextResultsAreKept() {
    link(URI, "Patient/p1", WANG);
    String observation =
        json(
            "{'resourceType':'Observation','status':'final','code':{'coding':[{'system':"
                + "'http://loinc.org','code':'1988-5'}],'text':'CRP'},'subject':{'reference':"
                + "'Patient/p1'},'effectiveDateTime':'2024-05-01','valueQuantity':{'value':0.5,"
                + "'comparator':'<','unit':'mg/L'},'component':[{'code':{'coding':[{'system':"
                + "'http://loinc.org','code':'5767-9'}],'text':'Appearance'},'valueString':"
                + "'clear'},{'code':{'coding':[{'system':'http://loinc.org','code':'5778-6'}]},"
                + "'valueCodeableConcept':{'text':'yellow'}},{'code':{'text':'Odour'},"
                + "'valueBoolean':false}]}");
    ImportPlan plan = plan(observation, "Observation");

    ExamReport report = onlyReport(plan);
    ReportedValue crp = value(report, "1988-5");
    assertThat(crp.name()).isEqualTo("CRP");
    assertThat(crp.value()).isNull();
    assertThat(crp.originalValue()).isNull();
    assertThat(crp.text()).isEqualTo("<0.5 mg/L");
    // Components become values of their own.
    assertThat(value(report, "5767-9").text()).isEqualTo("clear");
    assertThat(value(report, "5767-9").name()).isEqualTo("Appearance");
    assertThat(value(report, "5767-9").sourceId()).isEqualTo("Observation#component0");
    assertThat(value(report, "5778-6").text()).isEqualTo("yellow");
    // A component without a code is not kept: a value is known by its code.
    assertThat(report.values()).hasSize(3);
    assertThat(warnings(plan))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo("required");
              assertThat(w.expression()).isEqualTo("Observation.component[2].code");
            });
  }

  @Test
  void aCodeOfAnotherSystemIsKeptAsTheBareCode() {
    link(URI, "Patient/p1", WANG);
    String observation =
        json(
            "{'resourceType':'Observation','status':'final','code':{'coding':[{'system':"
                + "'urn:oid:2.16.840.1.113883.6.96','code':'"
                + "X".repeat(33)
                + "'},{'system':'https://his.example.cn/lab-codes','code':'GLU-F','display':"
                + "'空腹血糖'}]},'subject':{'reference':'Patient/p1'},'effectiveDateTime':"
                + "'2024-05-01','valueQuantity':{'value':5.3,'unit':'mmol/L'}}");
    ExamReport report = onlyReport(plan(observation, "Observation"));

    // A code longer than 32 characters is passed over for the next.
    ReportedValue glucose = value(report, "GLU-F");
    assertThat(glucose.analyteId()).as("only LOINC codes name catalogue analytes").isNull();
    assertThat(glucose.name()).isEqualTo("空腹血糖");
    assertThat(glucose.value()).isEqualByComparingTo("5.3");
    assertThat(report.code()).isEqualTo("GLU-F");
  }

  @Test
  void aReportIsKnownByItsIdentifierElseItsUrlElseItsIdElseItsContent() {
    link(URI, "Patient/p1", WANG);
    link(URI, "https://lab.example.org/fhir/Patient/p1", WANG);
    String result =
        "'contained':[{'resourceType':'Observation','id':'o','status':'final','code':{'coding':"
            + "[{'system':'http://loinc.org','code':'2345-7'}]},'valueQuantity':{'value':5.1,"
            + "'unit':'mmol/L'}}],'result':[{'reference':'#o'}]";
    String report =
        "{'resourceType':'DiagnosticReport',%s'status':'final','code':{'coding':[{'system':"
            + "'http://loinc.org','code':'2345-7'}]},'subject':{'reference':'Patient/p1'},"
            + "'effectiveDateTime':'2024-05-01',"
            + result
            + "}";

    ExamReport withId = onlyReport(plan(json(report.formatted("'id':'r7',")), "DiagnosticReport"));
    assertThat(withId.sourceSystem()).isEqualTo(URI);
    assertThat(withId.identifier()).isEqualTo("DiagnosticReport/r7");

    ExamReport byContent = onlyReport(plan(json(report.formatted("")), "DiagnosticReport"));
    assertThat(byContent.sourceSystem()).isEqualTo(ImportReading.CONTENT);
    assertThat(byContent.identifier()).isEqualTo(byContent.contentHash().substring(0, 32));

    String inBundle =
        json(
            "{'resourceType':'Bundle','type':'collection','entry':[{'fullUrl':'%s','resource':"
                + report.formatted("'id':'r7',")
                + "}]}");
    ExamReport byUrl =
        onlyReport(
            plan(inBundle.formatted("https://lab.example.org/fhir/DiagnosticReport/r7"), "Bundle"));
    assertThat(byUrl.identifier()).isEqualTo("https://lab.example.org/fhir/DiagnosticReport/r7");
    // A urn:uuid names a resource within one message only.
    ExamReport byUuid =
        onlyReport(
            plan(inBundle.formatted("urn:uuid:8e0a1b2c-0000-4000-8000-000000000001"), "Bundle"));
    assertThat(byUuid.sourceSystem()).isEqualTo(ImportReading.CONTENT);

    String official =
        report.formatted(
            "'identifier':[{'system':'urn:example:secondary','value':'S-1'},{'use':'official',"
                + "'system':'urn:example:accession','value':'A-1'},{'value':'no-system'}],");
    ExamReport identified = onlyReport(plan(json(official), "DiagnosticReport"));
    assertThat(identified.sourceSystem()).isEqualTo("urn:example:accession");
    assertThat(identified.identifier()).isEqualTo("A-1");
  }

  @Test
  void aReportsKindIsPartOfItsIdentity() {
    link(URI, "https://example.com/base/Patient/pat2", WANG);
    ExamReport lipids = onlyReport(plan(Fhir.testdata("fhir-r4/Bundle-lipids.json"), "Bundle"));
    ExamReport bloodCount = onlyReport(plan(Fhir.testdata("fhir-r4/Bundle-101.json"), "Bundle"));

    // One identifier (acme|5234342) for a lipid panel and a blood count: two reports.
    assertThat(lipids.sourceSystem()).isEqualTo(bloodCount.sourceSystem());
    assertThat(lipids.identifier()).isEqualTo(bloodCount.identifier());
    assertThat(lipids.code()).isEqualTo("24331-1");
    assertThat(bloodCount.code()).isEqualTo("58410-2");
    assertThat(lipids.idFor(WANG)).isNotEqualTo(bloodCount.idFor(WANG));
  }

  @Test
  void aReportNamesTheBookingItAnswers() {
    link(URI, "Patient/p1", WANG);
    String report =
        json(
            "{'resourceType':'DiagnosticReport','identifier':[{'system':'urn:example:r','value':"
                + "'R-8'}],'basedOn':[{'identifier':{'system':'urn:example:orders','value':'O-1'}},"
                + "{'identifier':{'system':'urn:journey:booking-id','value':'bk-2024-0042'}}],"
                + "'status':'final','code':{'text':'x'},'subject':{'reference':'Patient/p1'},"
                + "'effectiveDateTime':'2024-05-01'}");

    assertThat(onlyReport(plan(report, "DiagnosticReport")).bookingId()).isEqualTo("bk-2024-0042");
  }

  @Test
  void aReportWithoutSubjectIsRefused() {
    String report =
        json(
            "{'resourceType':'DiagnosticReport','status':'final','code':{'text':'x'},"
                + "'contained':[{'resourceType':'Observation','id':'o','status':'final','code':"
                + "{'text':'y'},'valueInteger':1}],'result':[{'reference':'#o'}]}");
    FhirRefusal refusal = planRefused(report, "DiagnosticReport");

    assertThat(refusal.status()).isEqualTo(422);
    assertThat(refusal.issues().get(0).code()).isEqualTo("required");
    assertThat(refusal.issues().get(0).expression()).isEqualTo("DiagnosticReport.subject");
  }

  @Test
  void aSubjectThatIsNotAKnownPatientIsRefused() {
    String observation =
        json(
            "{'resourceType':'Observation','status':'final','code':{'text':'x'},'subject':{"
                + "'reference':'Group/g1'},'effectiveDateTime':'2024-05-01','valueInteger':1}");
    FhirRefusal refusal = planRefused(observation, "Observation");

    assertThat(refusal.status()).isEqualTo(422);
    assertThat(refusal.issues().get(0).code()).isEqualTo("not-found");
    assertThat(refusal.issues().get(0).expression()).isEqualTo("Observation.subject");
    assertThat(refusal.issues().get(0).diagnostics()).contains(PatientIdentifiers.CARD_NUMBER);
  }

  @Test
  void aResultAboutAnotherPatientIsRefused() {
    link(URI, "https://x.example/fhir/Patient/one", WANG);
    link(URI, "https://x.example/fhir/Patient/two", LI);
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'collection','entry':[{'fullUrl':"
                + "'https://x.example/fhir/DiagnosticReport/d','resource':{'resourceType':"
                + "'DiagnosticReport','id':'d','status':'final','code':{'text':'x'},'subject':{"
                + "'reference':'Patient/one'},'effectiveDateTime':'2024-05-01','result':[{"
                + "'reference':'Observation/o'}]}},{'fullUrl':'https://x.example/fhir/Observation/o',"
                + "'resource':{'resourceType':'Observation','id':'o','status':'final','code':{"
                + "'coding':[{'system':'http://loinc.org','code':'2345-7'}]},'subject':{"
                + "'reference':'Patient/two'},'valueQuantity':{'value':5.1,'unit':'mmol/L'}}}]}");
    FhirRefusal refusal = planRefused(bundle, "Bundle");

    assertThat(refusal.status()).isEqualTo(422);
    assertThat(refusal.issues().get(0).code()).isEqualTo("business-rule");
    assertThat(refusal.issues().get(0).expression()).isEqualTo("Bundle.entry[1].resource.subject");
  }

  @Test
  void aResultAboutAnUnknownPatientIsRefused() {
    link(URI, "https://x.example/fhir/Patient/one", WANG);
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'collection','entry':[{'fullUrl':"
                + "'https://x.example/fhir/DiagnosticReport/d','resource':{'resourceType':"
                + "'DiagnosticReport','id':'d','status':'final','code':{'text':'x'},'subject':{"
                + "'reference':'Patient/one'},'effectiveDateTime':'2024-05-01','result':[{"
                + "'reference':'Observation/o'}]}},{'fullUrl':'https://x.example/fhir/Observation/o',"
                + "'resource':{'resourceType':'Observation','id':'o','status':'final','code':{"
                + "'coding':[{'system':'http://loinc.org','code':'2345-7'}]},'subject':{"
                + "'reference':'Patient/nobody'},'valueQuantity':{'value':5.1,'unit':'mmol/L'}}}]}");
    FhirRefusal refusal = planRefused(bundle, "Bundle");

    assertThat(refusal.status()).isEqualTo(422);
    assertThat(refusal.issues().get(0).code()).isEqualTo("not-found");
    assertThat(refusal.issues().get(0).expression()).isEqualTo("Bundle.entry[1].resource.subject");
  }

  @Test
  void aResultAboutTheSamePatientNamedOtherwiseIsPlanned() {
    link("https://lab.example.org/mrn", "MRN-77", WANG);
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'collection','entry':["
                + patientEntry("female").replace(",'request':{'method':'POST','url':'Patient'}", "")
                + ",{'resource':{'resourceType':'DiagnosticReport','status':'final','code':{"
                + "'text':'x'},'subject':{'reference':'Patient/"
                + WANG
                + "'},'effectiveDateTime':'2024-05-01','result':[{'reference':'urn:uuid:"
                + "9e0a1b2c-0000-4000-8000-000000000001'}]}},{'fullUrl':'urn:uuid:9e0a1b2c-0000-"
                + "4000-8000-000000000001','resource':{'resourceType':'Observation','status':"
                + "'final','code':{'coding':[{'system':'http://loinc.org','code':'2345-7'}]},"
                + "'subject':{'reference':'"
                + PATIENT
                + "'},'valueQuantity':{'value':5.1,'unit':'mmol/L'}}}]}");
    ImportPlan plan = plan(bundle, "Bundle");

    assertThat(plan.byPatient).containsOnlyKeys(WANG);
    assertThat(onlyReport(plan).values()).hasSize(1);
  }

  @Test
  void aHistoryBundleIsNotImported() {
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'history','entry':[{'resource':"
                + "{'resourceType':'Patient','gender':'female'},'request':{'method':'PUT','url':"
                + "'Patient/p'},'response':{'status':'200'}}]}");

    FhirRefusal refusal = planRefused(bundle, "Bundle");
    assertThat(refusal.status()).isEqualTo(422);
    assertThat(refusal.issues()).hasSize(1);
    assertThat(refusal.issues().get(0).code()).isEqualTo("not-supported");
    assertThat(refusal.issues().get(0).expression()).isEqualTo("Bundle.type");
  }

  @Test
  void aTransactionResponseIsNotImported() {
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'transaction-response','entry':[{'response':{"
                + "'status':'201 Created'}}]}");

    assertThat(planRefused(bundle, "Bundle").issues().get(0).expression()).isEqualTo("Bundle.type");
  }

  // ---- questionnaire responses -----------------------------------------------------------------

  private static final String PHQ_URL = "https://questionnaires.example.cn/Questionnaire/phq-9";

  private static String response(String status, String questionnaire) {
    return "{'resource':{'resourceType':'QuestionnaireResponse',"
        + (questionnaire == null ? "" : "'questionnaire':'" + questionnaire + "',")
        + "'status':'"
        + status
        + "','subject':{'reference':'Patient/"
        + WANG
        + "'},'authored':'2024-05-01T10:00:00+08:00','item':[{'linkId':'q1','answer':[{"
        + "'valueInteger':2}]},{'linkId':'g','item':[{'linkId':'q2','answer':[{'valueCoding':{"
        + "'system':'http://loinc.org','code':'LA6569-3'}}]},{'linkId':'q3','answer':[{"
        + "'valueString':'often at night'}]},{'linkId':'q4','answer':[{'valueDate':"
        + "'2024-04-30'}]},{'linkId':'q5','answer':[{'valueBoolean':true}]}]}]}}";
  }

  @Test
  void questionnaireResponsesArePlannedWithTheQuestionnairesCode() {
    questionnaires.put(PHQ_URL, "phq-9");
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'collection','entry':["
                + response("completed", PHQ_URL + "|2.0")
                + ","
                + response("entered-in-error", PHQ_URL)
                + "]}");
    ImportPlan plan = plan(bundle, "Bundle");

    assertThat(plan.byPatient).containsOnlyKeys(WANG);
    ImportPlan.Work work = plan.byPatient.get(WANG);
    assertThat(work.reports).isEmpty();
    AnswerQuestionnaire answers = work.answers.get(0).command();
    assertThat(work.answers).hasSize(1);
    assertThat(answers.patientId()).isEqualTo(WANG);
    assertThat(answers.code()).isEqualTo("phq-9");
    assertThat(answers.version()).isNull();
    assertThat(answers.source()).isEqualTo(AnswerSource.FHIR);
    assertThat(answers.occurredAt()).isEqualTo(Instant.parse("2024-05-01T02:00:00Z"));
    assertThat(answers.answers())
        .containsExactly(
            new Answer("q1", List.of(), new BigDecimal(2), null, null),
            new Answer("q2", List.of("LA6569-3"), null, null, null),
            new Answer("q3", List.of(), null, "often at night", null),
            new Answer("q4", List.of(), null, null, java.time.LocalDate.of(2024, 4, 30)),
            new Answer("q5", List.of("true"), null, null, null));
    assertThat(plan.lines.get(1).result)
        .contains("entered-in-error")
        .contains("completed and amended responses are");

    ImportPlan again = plan(bundle, "Bundle");
    assertThat(again.byPatient.get(WANG).answers.get(0).command().answerId())
        .as("the same response is the same answers")
        .isEqualTo(answers.answerId());
  }

  @Test
  void aResponseToAQuestionnaireNotKnownHereIsRefused() {
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'collection','entry':["
                + response("completed", PHQ_URL)
                + "]}");

    FhirRefusal refusal = planRefused(bundle, "Bundle");
    assertThat(refusal.status()).isEqualTo(422);
    assertThat(refusal.issues().get(0).code()).isEqualTo("not-found");
    assertThat(refusal.issues().get(0).expression())
        .isEqualTo("Bundle.entry[0].resource.questionnaire");
    assertThat(refusal.issues().get(0).diagnostics()).contains("import it first");
  }

  @Test
  void aResponseThatNamesNoQuestionnaireIsRefused() {
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'collection','entry':["
                + response("completed", null)
                + "]}");

    FhirRefusal refusal = planRefused(bundle, "Bundle");
    assertThat(refusal.status()).isEqualTo(422);
    assertThat(refusal.issues().get(0).code()).isEqualTo("required");
    assertThat(refusal.issues().get(0).expression())
        .isEqualTo("Bundle.entry[0].resource.questionnaire");
  }

  @Test
  void theSpecificationsResponsesArePlannedForTheirPatients() {
    link(URI, "http://hl7.org/fhir/Patient/proband", WANG);
    link(URI, "Patient/mii-exa-pro-patient", LI);
    questionnaires.put(
        "http://hl7.org/fhir/uv/sdc/Questionnaire/questionnaire-sdc-profile-example-PHQ9",
        "questionnaire-sdc-profile-example-phq9");
    questionnaires.put(
        "https://www.medizininformatik-initiative.de/fhir/ext/modul-pro/Questionnaire/mii-qst-pro-gad-7",
        "mii-qst-pro-gad-7");

    ImportPlan phq9 =
        plan(
            Fhir.testdata("questionnaires/sdc-questionnaireresponse-PHQ9.json"),
            "QuestionnaireResponse");
    AnswerQuestionnaire phq9Answers = phq9.byPatient.get(WANG).answers.get(0).command();
    assertThat(phq9Answers.code()).isEqualTo("questionnaire-sdc-profile-example-phq9");
    assertThat(phq9Answers.answers()).hasSize(10);
    assertThat(phq9Answers.answers().get(0))
        .isEqualTo(new Answer("H1/T1/Q1", List.of("Not-at-all"), null, null, null));
    assertThat(phq9Answers.answers().get(9).linkId()).isEqualTo("H1/TS");
    assertThat(phq9Answers.answers().get(9).number()).isEqualByComparingTo("13");
    assertThat(phq9Answers.occurredAt()).isEqualTo(Instant.parse("2019-08-21T20:36:57.544Z"));

    ImportPlan gad7 =
        plan(
            Fhir.testdata("questionnaires/mii-QuestionnaireResponse-gad-7-response.json"),
            "QuestionnaireResponse");
    assertThat(gad7.byPatient).containsOnlyKeys(LI);
    AnswerQuestionnaire gad7Answers = gad7.byPatient.get(LI).answers.get(0).command();
    assertThat(gad7Answers.code()).isEqualTo("mii-qst-pro-gad-7");
    assertThat(gad7Answers.answers())
        .extracting(Answer::linkId)
        .startsWith("phq-gad7-q01")
        .contains("phq-gad7-score-total", "phq-gad7-promis-tscore");
    assertThat(gad7Answers.answers().get(0).codes()).containsExactly("LA6570-1");
    assertThat(gad7.lines.get(0).imported).isTrue();
  }

  // ---- the examples of the FHIR R4 specification (src/test/resources/testdata/fhir-r4) ---------

  @Test
  void theLipidReportKeepsItsFourResultsInMillimolesPerLitre() {
    link(URI, "https://example.com/base/Patient/pat2", WANG);
    ImportPlan plan = plan(Fhir.testdata("fhir-r4/Bundle-lipids.json"), "Bundle");

    assertThat(plan.byPatient).containsOnlyKeys(WANG);
    ExamReport report = onlyReport(plan);
    assertThat(report.sourceSystem()).isEqualTo("http://acme.com/lab/reports");
    assertThat(report.identifier()).isEqualTo("5234342");
    assertThat(report.code()).isEqualTo("24331-1");
    assertThat(report.status()).isEqualTo(ReportStatus.FINAL);
    assertThat(report.title()).isEqualTo("Lipid Panel");
    assertThat(report.issuedAt()).isEqualTo(Instant.parse("2013-01-27T00:45:33Z"));
    assertThat(report.values()).hasSize(4);

    // Sent in mmol/L already: the canonical unit, so the values are the numbers sent.
    ReportedValue cholesterol = value(report, "35200-5");
    assertThat(cholesterol.analyteId()).isEqualTo("TOTAL_CHOLESTEROL");
    assertThat(cholesterol.name()).isEqualTo("Cholesterol");
    assertThat(cholesterol.value()).isEqualByComparingTo("6.3");
    assertThat(cholesterol.unit()).isEqualTo("mmol/L");
    assertThat(cholesterol.originalValue()).isEqualByComparingTo("6.3");
    assertThat(cholesterol.originalUnit()).isEqualTo("mmol/L");
    assertThat(cholesterol.referenceHigh()).isEqualByComparingTo("4.5");
    assertThat(cholesterol.referenceLow()).isNull();
    assertThat(cholesterol.flag()).isNull();
    assertThat(cholesterol.flagFromSender()).isFalse();
    assertThat(cholesterol.effectiveAt()).isEqualTo(Instant.parse("2011-03-03T21:30:00Z"));
    assertThat(cholesterol.sourceId())
        .isEqualTo("https://example.com/base/Observation/cholesterol");

    ReportedValue triglyceride = value(report, "35217-9");
    assertThat(triglyceride.analyteId()).isEqualTo("TRIGLYCERIDES");
    assertThat(triglyceride.value()).isEqualByComparingTo("1.3");
    assertThat(triglyceride.referenceHigh()).isEqualByComparingTo("2.0");

    ReportedValue hdl = value(report, "2085-9");
    assertThat(hdl.analyteId()).isEqualTo("HDL_CHOLESTEROL");
    assertThat(hdl.value()).isEqualByComparingTo("1.3");
    assertThat(hdl.referenceLow()).isEqualByComparingTo("1.5");

    ReportedValue ldl = value(report, "13457-7");
    assertThat(ldl.analyteId()).isEqualTo("LDL_CHOLESTEROL");
    assertThat(ldl.value()).isEqualByComparingTo("4.6");

    assertThat(notes(plan)).isEmpty();
    assertThat(plan.lines).extracting(l -> l.imported).containsOnly(true);
  }

  @Test
  void theGlucoseObservationAloneBecomesAReportWithTheSendersFlag() {
    link(URI, "Patient/f001", WANG);
    ImportPlan plan = plan(Fhir.testdata("fhir-r4/Observation-f001.json"), "Observation");

    ExamReport report = onlyReport(plan);
    assertThat(report.status()).isEqualTo(ReportStatus.FINAL);
    assertThat(report.sourceSystem())
        .isEqualTo("http://www.bmc.nl/zorgportal/identifiers/observations");
    assertThat(report.identifier()).isEqualTo("6323");
    assertThat(report.code()).isEqualTo("15074-8");
    assertThat(report.title()).isEqualTo("Glucose [Moles/volume] in Blood");
    assertThat(report.issuedAt()).isEqualTo(Instant.parse("2013-04-03T14:30:10Z"));
    ReportedValue glucose = value(report, "15074-8");
    assertThat(glucose.analyteId()).isEqualTo("GLUCOSE");
    assertThat(glucose.value()).isEqualByComparingTo("6.3");
    assertThat(glucose.unit()).isEqualTo("mmol/L");
    // The UCUM code is preferred to the display unit "mmol/l".
    assertThat(glucose.originalUnit()).isEqualTo("mmol/L");
    assertThat(glucose.referenceLow()).isEqualByComparingTo("3.1");
    assertThat(glucose.referenceHigh()).isEqualByComparingTo("6.2");
    assertThat(glucose.flag()).isEqualTo(Flag.HIGH);
    assertThat(glucose.flagFromSender()).isTrue();
    assertThat(glucose.effectiveAt()).isEqualTo(Instant.parse("2013-04-02T08:30:10Z"));
    assertThat(glucose.sourceId()).isEqualTo("Observation/f001");
  }

  @Test
  void theFullBloodCountKeepsSeventeenResultsWithTheSendersCriticalFlags() {
    link(URI, "https://example.com/base/Patient/pat2", WANG);
    ExamReport report = onlyReport(plan(Fhir.testdata("fhir-r4/Bundle-101.json"), "Bundle"));

    assertThat(report.title()).isEqualTo("Complete Blood Count");
    assertThat(report.values()).hasSize(17);
    ReportedValue haemoglobin = value(report, "718-7");
    assertThat(haemoglobin.analyteId()).isEqualTo("HAEMOGLOBIN");
    assertThat(haemoglobin.value()).isEqualByComparingTo("176");
    assertThat(haemoglobin.unit()).isEqualTo("g/L");
    assertThat(haemoglobin.referenceLow()).isEqualByComparingTo("135");
    assertThat(haemoglobin.referenceHigh()).isEqualByComparingTo("180");
    assertThat(haemoglobin.flag()).isNull();
    ReportedValue neutrophils = value(report, "751-8");
    assertThat(neutrophils.analyteId()).isNull();
    assertThat(neutrophils.value()).isEqualByComparingTo("0.9");
    assertThat(neutrophils.unit()).isEqualTo("10*9/L");
    assertThat(neutrophils.flag()).isEqualTo(Flag.CRITICAL_LOW);
    assertThat(neutrophils.flagFromSender()).isTrue();
    assertThat(value(report, "711-2").flag()).isEqualTo(Flag.CRITICAL_HIGH);
    assertThat(value(report, "731-0").flag()).isEqualTo(Flag.LOW);
    ReportedValue haematocrit = value(report, "4544-3");
    assertThat(haematocrit.analyteId()).isEqualTo("HAEMATOCRIT");
    assertThat(haematocrit.unit()).isEqualTo("%");
    assertThat(haematocrit.value()).isEqualByComparingTo("55");
    assertThat(haematocrit.flag()).isEqualTo(Flag.HIGH);
    assertThat(value(report, "789-8").analyteId()).isEqualTo("RBC");
    assertThat(value(report, "789-8").unit()).isEqualTo("10*12/L");
    assertThat(value(report, "6690-2").analyteId()).isEqualTo("WBC");
    assertThat(value(report, "6690-2").flag()).isNull();
  }

  @Test
  void aReportWhoseResultsAreNotInTheBundleIsPlannedWithWarnings() {
    link(URI, "https://example.com/base/Patient/f001", WANG);
    ImportPlan plan = plan(Fhir.testdata("fhir-r4/Bundle-f001.json"), "Bundle");

    ExamReport report = onlyReport(plan);
    assertThat(report.values()).isEmpty();
    assertThat(report.sourceSystem()).isEqualTo("http://www.bmc.nl/zorgportal/identifiers/reports");
    assertThat(report.identifier()).isEqualTo("nr1239044");
    assertThat(warnings(plan))
        .extracting(FhirIssue::code, FhirIssue::expression)
        .containsExactly(
            tuple("not-found", "Bundle.entry[0].resource.result[0]"),
            tuple("not-found", "Bundle.entry[0].resource.result[1]"),
            tuple("not-found", "Bundle.entry[0].resource.result[2]"),
            tuple("not-found", "Bundle.entry[0].resource.result[3]"),
            tuple("not-found", "Bundle.entry[0].resource.result[4]"));
    assertThat(warnings(plan).get(0).diagnostics()).contains("Observation/f001");
    assertThat(plan.lines.get(1).type).isEqualTo("ServiceRequest");
    assertThat(plan.lines.get(1).result).startsWith("ignored: ServiceRequest is not imported");
    assertNoEcho(OperationOutcomes.lines(plan), "Heuvel");
  }

  @Test
  void bloodPressureComponentsBecomeTheirOwnValues() {
    link(URI, "Patient/example", WANG);
    ImportPlan plan = plan(Fhir.testdata("fhir-r4/Observation-blood-pressure.json"), "Observation");

    ExamReport report = onlyReport(plan);
    assertThat(report.values()).extracting(ReportedValue::code).containsExactly("8480-6", "8462-4");
    assertThat(report.sourceSystem()).isEqualTo(URI);
    assertThat(report.identifier()).isEqualTo("urn:uuid:187e0c12-8dd2-67e2-99b2-bf273c878281");
    ReportedValue systolic = value(report, "8480-6");
    assertThat(systolic.analyteId()).isEqualTo("SYSTOLIC_BP");
    assertThat(systolic.value()).isEqualByComparingTo("107");
    assertThat(systolic.unit()).isEqualTo("mm[Hg]");
    assertThat(systolic.flag()).isEqualTo(Flag.NORMAL);
    assertThat(systolic.flagFromSender()).isTrue();
    ReportedValue diastolic = value(report, "8462-4");
    assertThat(diastolic.analyteId()).isEqualTo("DIASTOLIC_BP");
    assertThat(diastolic.value()).isEqualByComparingTo("60");
    assertThat(diastolic.flag()).isEqualTo(Flag.LOW);
    assertThat(diastolic.sourceId()).isEqualTo("Observation/blood-pressure#component1");
    // The panel's own code names no value: it has none of its own.
    assertThat(report.values()).extracting(ReportedValue::code).doesNotContain("85354-9");
    assertThat(notes(plan)).isEmpty();
  }

  @Test
  void aCancelledBloodPressureGivesNothingAndSaysWhy() {
    link(URI, "Patient/example", WANG);
    ImportPlan plan =
        plan(Fhir.testdata("fhir-r4/Observation-blood-pressure-cancel.json"), "Observation");

    assertThat(plan.nothingToImport()).isTrue();
    assertThat(plan.lines.get(0).result).contains("status cancelled");
    assertThat(plan.lines.get(0).notes)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.severity()).isEqualTo("information");
              assertThat(n.expression()).isEqualTo("Observation.status");
            });
  }

  @Test
  void theBodyMassIndexOfADateWithoutTimeIsTakenAtMidnightInChina() {
    link(URI, "Patient/example", WANG);
    ExamReport report =
        onlyReport(plan(Fhir.testdata("fhir-r4/Observation-bmi.json"), "Observation"));

    ReportedValue bmi = value(report, "39156-5");
    assertThat(bmi.analyteId()).isEqualTo("BMI");
    assertThat(bmi.value()).isEqualByComparingTo("16.2");
    assertThat(bmi.unit()).isEqualTo("kg/m2");
    assertThat(bmi.name()).isEqualTo("BMI");
    assertThat(bmi.effectiveAt()).isEqualTo(Instant.parse("1999-07-01T16:00:00Z"));
    assertThat(report.sourceSystem()).isEqualTo(URI);
    assertThat(report.identifier()).isEqualTo("Observation/bmi");
  }

  @Test
  void aSearchsetOfMedicationsHasNothingToImportAndListsWhatItHolds() {
    ImportPlan plan = plan(Fhir.testdata("fhir-r4/Bundle-bundle-example.json"), "Bundle");

    assertThat(plan.nothingToImport()).isTrue();
    assertThat(plan.byPatient).isEmpty();
    assertThat(plan.lines)
        .extracting(l -> l.path, l -> l.result)
        .containsExactly(
            tuple(
                "Bundle.entry[0].resource",
                "ignored: MedicationRequest is not imported (reports, observations and"
                    + " questionnaire responses are)"),
            tuple(
                "Bundle.entry[1].resource",
                "ignored: Medication is not imported (reports, observations and questionnaire"
                    + " responses are)"));
  }

  @Test
  void aTransactionOfPatientsHasNothingToImportAndSaysWhyForEachEntry() {
    ImportPlan plan = plan(Fhir.testdata("fhir-r4/Bundle-bundle-transaction.json"), "Bundle");

    assertThat(plan.nothingToImport()).isTrue();
    assertThat(plan.lines).hasSize(10);
    assertThat(plan.lines).allSatisfy(l -> assertThat(l.result).startsWith("ignored: "));
    assertThat(plan.lines)
        .extracting(l -> l.result)
        .anySatisfy(r -> assertThat(r).contains("Patient resources are not imported"))
        .anySatisfy(r -> assertThat(r).contains("carries no resource"))
        .anySatisfy(r -> assertThat(r).contains("Parameters is not imported"));
    assertThat(asked).as("patients of ignored resources are not looked up").isEmpty();
    assertNoEcho(OperationOutcomes.lines(plan), "Chalmers", "Peter", "234234", "456456");
  }

  @Test
  void readingIsDeterministic() {
    link(URI, "https://example.com/base/Patient/pat2", WANG);
    String lipids = Fhir.testdata("fhir-r4/Bundle-lipids.json");

    ExamReport first = onlyReport(plan(lipids, "Bundle"));
    for (int i = 0; i < 5; i++) {
      assertThat(onlyReport(plan(lipids, "Bundle"))).isEqualTo(first);
    }
  }
}
