package health.journey.app.fhir;

import static health.journey.app.fhir.FhirFixture.DOCUMENTS;
import static health.journey.app.fhir.FhirFixture.assertNoEcho;
import static health.journey.app.fhir.FhirFixture.json;
import static health.journey.app.fhir.FhirFixture.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

/**
 * Documents that are not valid FHIR R4 JSON: each refused with 400, the issue code, and where the
 * problem is; none of the answers repeats a value from the document.
 */
class FhirReadingTest {

  /** A valid Observation with more properties. */
  private static String observation(String more) {
    return json(
        "{'resourceType':'Observation','status':'final','code':{'coding':[{'system':"
            + "'http://loinc.org','code':'1558-6'}]},'subject':{'reference':'Patient/p1'}"
            + (more.isEmpty() ? "" : "," + more)
            + "}");
  }

  private static FhirIssue only(FhirRefusal refusal) {
    assertThat(refusal.issues()).hasSize(1);
    return refusal.issues().get(0);
  }

  @Test
  void aValidObservationIsReadAsR4() {
    Observation read =
        (Observation)
            DOCUMENTS.read(
                observation("'valueQuantity':{'value':6.3,'unit':'mmol/L'}"),
                Set.of("Observation"));

    assertThat(read.getValueQuantity().getValue()).isEqualByComparingTo("6.3");
    assertThat(read.getSubject().getReference()).isEqualTo("Patient/p1");
  }

  @Test
  void brokenJsonIsRefusedWithItsLineAndColumn() {
    FhirRefusal refusal =
        refusal("{\n  \"resourceType\": \"Observation\",\n  \"status\": }", "Observation");

    assertThat(refusal.status()).isEqualTo(400);
    FhirIssue issue = only(refusal);
    assertThat(issue.severity()).isEqualTo("error");
    assertThat(issue.code()).isEqualTo("structure");
    assertThat(issue.expression()).isNull();
    assertThat(issue.diagnostics())
        .contains("not well-formed JSON")
        .contains("(line 3, column 13)");
  }

  @Test
  void anUnquotedBadNumberIsBrokenJson() {
    FhirRefusal refusal = refusal(observation("'valueQuantity':{'value':12.x}"), "Observation");

    assertThat(refusal.status()).isEqualTo(400);
    assertThat(only(refusal).code()).isEqualTo("structure");
    assertThat(only(refusal).diagnostics()).contains("(line 1, column ");
    assertNoEcho(refusal.issues(), "12.x");
  }

  @Test
  void aDocumentThatIsNotAJsonObjectIsRefused() {
    for (String notAnObject : new String[] {"[1,2]", "\"Observation\"", "42", "null"}) {
      FhirRefusal refusal = refusal(notAnObject, "Observation");
      assertThat(refusal.status()).isEqualTo(400);
      assertThat(only(refusal).code()).isEqualTo("structure");
      assertThat(only(refusal).diagnostics()).contains("not a JSON object");
    }
  }

  @Test
  void anEmptyBodyIsRefused() {
    assertThat(refusal("  ", "Bundle").status()).isEqualTo(400);
    assertThat(only(refusal("", "Bundle")).code()).isEqualTo("structure");
    assertThat(only(refusal("", "Bundle")).diagnostics()).contains("empty");
  }

  @Test
  void aJsonObjectThatIsNotFhirIsRefused() {
    FhirRefusal refusal = refusal(json("{'name':'Zhang San','value':7}"), "Observation");

    assertThat(refusal.status()).isEqualTo(400);
    FhirIssue issue = only(refusal);
    assertThat(issue.code()).isEqualTo("structure");
    assertThat(issue.expression()).isEqualTo("resourceType");
    assertNoEcho(refusal.issues(), "Zhang");
  }

  @Test
  void aResourceTypeOtherThanTheEndpointsIsRefused() {
    FhirRefusal refusal = refusal(observation(""), "Bundle");

    assertThat(refusal.status()).isEqualTo(400);
    FhirIssue issue = only(refusal);
    assertThat(issue.code()).isEqualTo("invalid");
    assertThat(issue.expression()).isEqualTo("Observation.resourceType");
    assertThat(issue.diagnostics()).contains("takes Bundle").contains("Observation");
  }

  @Test
  void aResourceTypeNoneOfTheAcceptedIsRefusedNamingAllThatAre() {
    FhirRefusal refusal =
        FhirFixture.refused(
            () -> DOCUMENTS.read(observation(""), Set.of("QuestionnaireResponse", "Bundle")));

    assertThat(refusal.status()).isEqualTo(400);
    assertThat(only(refusal).diagnostics())
        .contains("takes Bundle or QuestionnaireResponse")
        .contains("the document is a Observation");
  }

  @Test
  void aResourceTypeThatR4DoesNotHaveIsRefused() {
    // ProcedureRequest is STU3's; R4 replaced it with ServiceRequest.
    FhirRefusal refusal =
        refusal(json("{'resourceType':'ProcedureRequest','status':'active'}"), "Bundle");

    assertThat(refusal.status()).isEqualTo(400);
    assertThat(only(refusal).code()).isEqualTo("not-supported");
    assertThat(only(refusal).expression()).isEqualTo("resourceType");
    assertThat(only(refusal).diagnostics()).contains("R4");
  }

  @Test
  void aResourceTypeThatIsNotTextIsNoResource() {
    FhirRefusal refusal = refusal(json("{'resourceType':42,'status':'final'}"), "Observation");

    assertThat(only(refusal).code()).isEqualTo("structure");
    assertThat(only(refusal).expression()).isEqualTo("resourceType");
  }

  @Test
  void anStu3ObservationIsRefusedAtItsStu3Element() {
    // STU3's Observation.context became encounter in R4; a lenient parser would drop it.
    FhirRefusal refusal =
        refusal(observation("'context':{'reference':'Encounter/e1'}"), "Observation");

    assertThat(refusal.status()).isEqualTo(400);
    FhirIssue issue = only(refusal);
    assertThat(issue.code()).isEqualTo("structure");
    assertThat(issue.expression()).isEqualTo("Observation.context");
    assertThat(issue.diagnostics()).contains("'context'").contains("R4");
  }

  @Test
  void anUnknownPropertyNameIsNotRepeatedWhenItIsNoElementName() {
    FhirRefusal refusal = refusal(observation("'Zhang San 110101199003070012':'x'"), "Observation");

    assertThat(only(refusal).code()).isEqualTo("structure");
    assertThat(only(refusal).expression()).startsWith("Observation.");
    assertNoEcho(refusal.issues(), "Zhang", "1101");

    String twice = json("{'resourceType':'Observation','entry':[{'Li Si':1,'Li Si':2}]}");
    FhirRefusal duplicate = refusal(twice, "Observation");
    assertThat(only(duplicate).expression())
        .isEqualTo("Observation.entry[0].(a name that is no FHIR element name)");
    assertNoEcho(duplicate.issues(), "Li Si");
  }

  @Test
  void anStu3ElementDeepInABundleIsRefusedWhereItIs() {
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'collection','entry':["
                + "{'fullUrl':'urn:uuid:0f7c4d2e-1111-4a2b-9c3d-000000000001','resource':"
                + "{'resourceType':'Patient','gender':'male'}},"
                + "{'fullUrl':'urn:uuid:0f7c4d2e-1111-4a2b-9c3d-000000000002','resource':"
                + "{'resourceType':'Observation','status':'final','code':{'text':'x'},"
                + "'related':[{'type':'has-member','target':{'reference':'Observation/o2'}}]}}]}");
    FhirRefusal refusal = refusal(bundle, "Bundle");

    assertThat(refusal.status()).isEqualTo(400);
    assertThat(only(refusal).code()).isEqualTo("structure");
    assertThat(only(refusal).expression()).isEqualTo("Bundle.entry[1].resource.related");
  }

  @Test
  void anStu3PatientAnimalIsRefused() {
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'collection','entry':[{'resource':"
                + "{'resourceType':'Patient','animal':{'species':{'text':'dog'}}}}]}");

    assertThat(only(refusal(bundle, "Bundle")).expression())
        .isEqualTo("Bundle.entry[0].resource.animal");
  }

  @Test
  void aDecimalThatIsNotANumberIsRefusedWhereItIs() {
    FhirRefusal refusal =
        refusal(observation("'valueQuantity':{'value':'12.x','unit':'mmol/L'}"), "Observation");

    assertThat(refusal.status()).isEqualTo(400);
    FhirIssue issue = only(refusal);
    assertThat(issue.code()).isEqualTo("value");
    assertThat(issue.expression()).isEqualTo("Observation.valueQuantity.value");
    assertThat(issue.diagnostics()).contains("decimal");
    assertNoEcho(refusal.issues(), "12.x");
  }

  @Test
  void aDecimalWrittenAsAStringIsRefused() {
    // R4 JSON writes decimals as numbers; HAPI alone would accept "7.0".
    FhirRefusal refusal =
        refusal(observation("'valueQuantity':{'value':'7.0','unit':'mmol/L'}"), "Observation");

    assertThat(only(refusal).code()).isEqualTo("value");
    assertThat(only(refusal).expression()).isEqualTo("Observation.valueQuantity.value");
    assertThat(only(refusal).diagnostics()).contains("JSON number");
    assertNoEcho(refusal.issues(), "7.0");
  }

  @Test
  void aHugeExponentIsRefusedAtOnce() {
    // HAPI takes many seconds to expand 1e999999; the screen refuses it before HAPI sees it.
    FhirRefusal refusal =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> refusal(observation("'valueQuantity':{'value':1e999999}"), "Observation"));

    assertThat(refusal.status()).isEqualTo(400);
    assertThat(only(refusal).code()).isEqualTo("value");
    assertThat(only(refusal).expression()).isEqualTo("Observation.valueQuantity.value");
    assertNoEcho(refusal.issues(), "999999");
  }

  @Test
  void hostileNumbersAreRefusedAtOnceWhereTheyAre() {
    String[] hostile = {
      "1e-999999999999",
      "-1E+2147483647",
      "1e31",
      "1e-31",
      "0." + "0".repeat(45) + "1",
      "1" + "0".repeat(60),
      "9".repeat(5000),
      "1." + "5".repeat(5000)
    };
    for (String number : hostile) {
      FhirRefusal refusal =
          assertTimeoutPreemptively(
              Duration.ofSeconds(5),
              () ->
                  refusal(
                      observation("'valueQuantity':{'value':" + number + ",'unit':'mmol/L'}"),
                      "Observation"),
              number);
      assertThat(refusal.status()).as(number).isEqualTo(400);
      assertThat(only(refusal).code()).as(number).isEqualTo("value");
      assertThat(only(refusal).expression())
          .as(number)
          .isEqualTo("Observation.valueQuantity.value");
      assertNoEcho(refusal.issues(), number);
    }
  }

  @Test
  void aHugeNumberAnywhereIsRefusedNotOnlyInValues() {
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'collection','total':1e999999,'entry':[{'resource':"
                + "{'resourceType':'Patient','gender':'male'}}]}");

    FhirRefusal refusal =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refusal(bundle, "Bundle"));
    assertThat(only(refusal).code()).isEqualTo("value");
    assertThat(only(refusal).expression()).isEqualTo("Bundle.total");
  }

  @Test
  void ordinaryNumbersAreRead() {
    Observation read =
        (Observation)
            DOCUMENTS.read(
                observation("'valueQuantity':{'value':1.25e2,'unit':'g/L'}"),
                Set.of("Observation"));

    assertThat(read.getValueQuantity().getValue()).isEqualByComparingTo("125");
  }

  @Test
  void aTrueWhereADecimalIsDueIsRefused() {
    FhirRefusal refusal = refusal(observation("'valueQuantity':{'value':true}"), "Observation");

    assertThat(only(refusal).code()).isEqualTo("value");
    assertThat(only(refusal).expression()).isEqualTo("Observation.valueQuantity.value");
  }

  @Test
  void anElementGivenTwiceInOneObjectIsRefused() {
    String twice =
        json(
            "{'resourceType':'Observation','status':'final','status':'amended',"
                + "'code':{'text':'x'}}");
    FhirRefusal refusal = refusal(twice, "Observation");

    assertThat(refusal.status()).isEqualTo(400);
    assertThat(only(refusal).code()).isEqualTo("structure");
    assertThat(only(refusal).expression()).isEqualTo("Observation.status");
  }

  @Test
  void anArrayForAnElementThatOccursOnceIsRefused() {
    String twoStatuses =
        json("{'resourceType':'Observation','status':['final','amended'],'code':{'text':'x'}}");
    FhirRefusal refusal = refusal(twoStatuses, "Observation");

    assertThat(refusal.status()).isEqualTo(400);
    assertThat(only(refusal).code()).isEqualTo("structure");
    assertThat(only(refusal).expression()).isEqualTo("Observation.status");
    assertThat(only(refusal).diagnostics()).contains("maximum cardinality 1");
  }

  @Test
  void anArrayForAComplexElementThatOccursOnceIsRefused() {
    FhirRefusal refusal =
        refusal(
            observation("'valueQuantity':[{'value':5.1,'unit':'mmol/L'},{'value':5.2}]"),
            "Observation");

    assertThat(only(refusal).code()).isEqualTo("structure");
    assertThat(only(refusal).expression()).isEqualTo("Observation.valueQuantity");
    assertThat(only(refusal).diagnostics()).contains("maximum cardinality 1");
  }

  @Test
  void aSingleValueForARepeatingElementIsRefused() {
    FhirRefusal refusal =
        refusal(observation("'referenceRange':{'text':'3.9-6.1'}"), "Observation");

    assertThat(refusal.status()).isEqualTo(400);
    assertThat(only(refusal).code()).isEqualTo("structure");
    assertThat(only(refusal).expression()).isEqualTo("Observation.referenceRange");
    assertThat(only(refusal).diagnostics()).contains("0..*").contains("JSON array");
  }

  @Test
  void aMissingRequiredElementIsRefused() {
    FhirRefusal refusal =
        refusal(json("{'resourceType':'Observation','status':'final'}"), "Observation");

    assertThat(refusal.status()).isEqualTo(400);
    assertThat(only(refusal).code()).isEqualTo("required");
    assertThat(only(refusal).expression()).isEqualTo("Observation.code");
    assertThat(only(refusal).diagnostics()).contains("Observation.code").contains("required");
  }

  @Test
  void aMissingRequiredElementInsideADataTypeIsRefused() {
    // Observation.component.code is 1..1: a component says what it measures.
    FhirRefusal refusal =
        refusal(observation("'component':[{'valueQuantity':{'value':120}}]"), "Observation");

    assertThat(only(refusal).code()).isEqualTo("required");
    assertThat(only(refusal).expression()).isEqualTo("Observation.component[0].code");
  }

  @Test
  void everyMissingRequiredElementIsNamed() {
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'collection','entry':[{'resource':"
                + "{'resourceType':'DiagnosticReport','subject':{'reference':'Patient/p'}}}]}");
    FhirRefusal refusal = refusal(bundle, "Bundle");

    assertThat(refusal.issues())
        .extracting(FhirIssue::code, FhirIssue::expression)
        .containsExactly(
            tuple("required", "Bundle.entry[0].resource.status"),
            tuple("required", "Bundle.entry[0].resource.code"));
  }

  @Test
  void aStatusOutsideItsValueSetIsRefused() {
    FhirRefusal refusal =
        refusal(
            json("{'resourceType':'Observation','status':'done','code':{'text':'x'}}"),
            "Observation");

    assertThat(only(refusal).code()).isEqualTo("value");
    assertThat(only(refusal).expression()).isEqualTo("Observation.status");
    assertNoEcho(refusal.issues(), "done");
  }

  @Test
  void anInvalidDateIsRefused() {
    FhirRefusal refusal = refusal(observation("'effectiveDateTime':'2024-02-30'"), "Observation");

    assertThat(only(refusal).code()).isEqualTo("value");
    assertThat(only(refusal).expression()).isEqualTo("Observation.effectiveDateTime");
    assertNoEcho(refusal.issues(), "2024");
  }

  @Test
  void twoValuesOfAChoiceAreRefused() {
    FhirRefusal refusal =
        refusal(observation("'valueQuantity':{'value':1},'valueString':'one'"), "Observation");

    assertThat(only(refusal).code()).isEqualTo("structure");
    assertThat(only(refusal).expression()).isEqualTo("Observation.valueString");
  }

  @Test
  void emptyValuesAreRefused() {
    assertThat(only(refusal(observation("'issued':''"), "Observation")).expression())
        .isEqualTo("Observation.issued");
    assertThat(only(refusal(observation("'note':[]"), "Observation")).expression())
        .isEqualTo("Observation.note");
    assertThat(only(refusal(observation("'method':{}"), "Observation")).expression())
        .isEqualTo("Observation.method");
    assertThat(only(refusal(observation("'method':null"), "Observation")).code())
        .isEqualTo("structure");
  }

  @Test
  void aContainedResourceWithoutIdIsRefused() {
    FhirRefusal refusal =
        refusal(
            observation("'contained':[{'resourceType':'Patient','gender':'male'}]"), "Observation");

    assertThat(only(refusal).code()).isEqualTo("required");
    assertThat(only(refusal).expression()).isEqualTo("Observation.contained[0]");
  }

  @Test
  void aBundleWithAnEntryOfAnUnknownTypeIsRefused() {
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'collection','entry':[{'resource':{'resourceType':'Foo'}}]}");

    FhirRefusal refusal = refusal(bundle, "Bundle");
    assertThat(only(refusal).code()).isEqualTo("not-supported");
    assertThat(only(refusal).expression()).isEqualTo("Bundle.entry[0].resource.resourceType");
  }

  @Test
  void anStu3ResourceInABundleIsRefusedWhereItIs() {
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'collection','entry':[{'resource':{'resourceType':"
                + "'ProcedureRequest','status':'active','intent':'order','subject':{'reference':"
                + "'Patient/p1'}}}]}");

    FhirRefusal refusal = refusal(bundle, "Bundle");
    assertThat(refusal.status()).isEqualTo(400);
    assertThat(only(refusal).code()).isEqualTo("not-supported");
    assertThat(only(refusal).expression()).isEqualTo("Bundle.entry[0].resource.resourceType");
  }

  @Test
  void aTransactionEntryWithoutRequestIsRefused() {
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'transaction','entry':[{'fullUrl':'urn:uuid:"
                + "1b2c3d4e-0000-4000-8000-000000000001','resource':"
                + "{'resourceType':'Patient','gender':'female'}}]}");

    FhirRefusal refusal = refusal(bundle, "Bundle");
    assertThat(refusal.status()).isEqualTo(400);
    assertThat(only(refusal).code()).isEqualTo("invalid");
    assertThat(only(refusal).expression()).isEqualTo("Bundle.entry[0].request");
    assertThat(only(refusal).diagnostics()).contains("bdl-3");
  }

  @Test
  void aBatchEntryWithoutRequestIsRefusedAndEveryOneIsNamed() {
    String entry = "{'resource':{'resourceType':'Patient','gender':'female'}}";
    String request =
        "{'resource':{'resourceType':'Patient','gender':'male'},'request':{'method':'POST',"
            + "'url':'Patient'}}";
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'batch','entry':["
                + entry
                + ","
                + request
                + ","
                + entry
                + "]}");

    assertThat(refusal(bundle, "Bundle").issues())
        .extracting(FhirIssue::expression)
        .containsExactly("Bundle.entry[0].request", "Bundle.entry[2].request");
  }

  @Test
  void twoEntriesWithOneFullUrlAreRefused() {
    String entry =
        "{'fullUrl':'urn:uuid:1b2c3d4e-0000-4000-8000-000000000001','resource':"
            + "{'resourceType':'Patient','gender':'female'}}";
    String bundle =
        json("{'resourceType':'Bundle','type':'collection','entry':[" + entry + "," + entry + "]}");

    FhirRefusal refusal = refusal(bundle, "Bundle");
    assertThat(refusal.status()).isEqualTo(400);
    assertThat(only(refusal).code()).isEqualTo("invalid");
    assertThat(only(refusal).expression()).isEqualTo("Bundle.entry[1].fullUrl");
    assertThat(only(refusal).diagnostics()).contains("bdl-7").contains("entry 0");
    assertNoEcho(refusal.issues(), "1b2c3d4e");
  }

  @Test
  void oneFullUrlForTwoVersionsOfAResourceIsAllowed() {
    String entry =
        "{'fullUrl':'https://lab.example.org/fhir/Patient/p','resource':{'resourceType':"
            + "'Patient','id':'p','meta':{'versionId':'%s'},'gender':'female'}}";
    String bundle =
        json(
            "{'resourceType':'Bundle','type':'collection','entry':["
                + entry.formatted("1")
                + ","
                + entry.formatted("2")
                + "]}");

    assertThat(((Bundle) DOCUMENTS.read(bundle, Set.of("Bundle"))).getEntry()).hasSize(2);
  }

  @Test
  void deeplyNestedJsonIsRefused() {
    String deep = "{\"a\":".repeat(300) + "1" + "}".repeat(300);

    FhirRefusal refusal =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refusal(deep, "Bundle"));
    assertThat(only(refusal).code()).isEqualTo("structure");
    assertThat(only(refusal).diagnostics()).contains("deeper");
  }

  @Test
  void manyBreachesAreAnsweredWithAtMostFifty() {
    StringBuilder entries = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      entries
          .append(i == 0 ? "" : ",")
          .append("{'resource':{'resourceType':'Observation','status':'done'}}");
    }
    String bundle = json("{'resourceType':'Bundle','type':'collection','entry':[" + entries + "]}");

    FhirRefusal refusal = refusal(bundle, "Bundle");
    assertThat(refusal.status()).isEqualTo(400);
    assertThat(refusal.issues()).hasSize(50);
  }
}
