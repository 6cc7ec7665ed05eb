package health.journey.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.app.support.GraphQl.Response;
import health.journey.app.support.GraphQl.User;
import health.journey.app.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Errors raised before anything runs say in plain words what was expected, name the argument or
 * variable, keep their classification and location, and never repeat the value the client sent.
 */
class ErrorMessagesTest extends IntegrationTest {

  private static final String PATIENT = "0f6b2c1e-6a8e-4d0e-9a55-3f1f0d6c2b11";

  @Test
  void anIntOutsideItsRangeNamesTheArgumentAndTheRange() {
    Response response =
        graphQl.post(User.OPERATIONS, "{ patients(first: 99999999999) { totalCount } }");
    assertThat(response.classification()).isEqualTo("ValidationError");
    assertThat(response.message()).isEqualTo("first must be an Int between 1 and 100");
    assertThat(response.errors().path(0).path("locations").isArray()).isTrue();
    assertThat(response.body().toString()).doesNotContain("99999999999").doesNotContain("IntValue");
  }

  @Test
  void aValueThatIsNoneOfAnEnumsValuesListsThem() {
    for (String stage : new String[] {"ZOMBIE", "\"PROSPECT\""}) {
      Response response =
          graphQl.post(
              User.HEALTH_MANAGER,
              "mutation { changeLifecycleStage(input: {patientId: \""
                  + PATIENT
                  + "\", stage: "
                  + stage
                  + ", reason: \"x\"}) { patientId } }");
      assertThat(response.classification()).isEqualTo("ValidationError");
      assertThat(response.message())
          .isEqualTo("input.stage must be one of PROSPECT, FIRST_VISIT, REVISIT, RECOVERY");
      assertThat(response.body().toString())
          .doesNotContain("ZOMBIE")
          .doesNotContain("EnumValue")
          .doesNotContain("StringValue");
    }
  }

  @Test
  void anIdNumberSentAsANumberIsNotRepeated() {
    Response response =
        graphQl.post(
            User.CUSTOMER_SERVICE,
            "mutation { openCard(input: {channel: APP, name: \"甲\", idNumber: 110105194912310021})"
                + " { patientId } }");
    assertThat(response.classification()).isEqualTo("ValidationError");
    assertThat(response.message()).isEqualTo("input.idNumber must be a String");
    assertThat(response.body().toString()).doesNotContain("110105194912310021");
  }

  @Test
  void aVariableOfTheWrongKindIsNamedAndItsValueNotRepeated() {
    Response stage =
        graphQl.post(
            User.HEALTH_MANAGER,
            "mutation($in: ChangeLifecycleStageInput!) { changeLifecycleStage(input: $in) { patientId } }",
            Map.of("in", Map.of("patientId", PATIENT, "stage", "ZOMBIE", "reason", "x")));
    assertThat(stage.classification()).isEqualTo("ValidationError");
    assertThat(stage.message())
        .startsWith("Variable in ")
        .contains("one of PROSPECT, FIRST_VISIT, REVISIT, RECOVERY");
    assertThat(stage.body().toString()).doesNotContain("ZOMBIE");

    Response time =
        graphQl.post(
            User.HEALTH_MANAGER,
            "mutation($in: TagInput!) { applyTag(input: $in) { patientId } }",
            Map.of(
                "in",
                Map.of(
                    "patientId",
                    PATIENT,
                    "tag",
                    "t",
                    "reason",
                    "x",
                    "occurredAt",
                    "secret-value")));
    assertThat(time.message()).startsWith("Variable in ").contains("DateTime must be");
    assertThat(time.body().toString()).doesNotContain("secret-value");

    Response decimal =
        graphQl.post(
            User.HEALTH_MANAGER,
            "mutation($in: UpdateHealthRecordInput!) { updateHealthRecord(input: $in) { patientId } }",
            Map.of(
                "in",
                Map.of("patientId", PATIENT, "measurements", Map.of("heightCm", "tall-person"))));
    assertThat(decimal.message()).contains("a Decimal must be a number");
    assertThat(decimal.body().toString()).doesNotContain("tall-person");
  }

  @Test
  void aMissingRequiredFieldIsNamedWithoutTheObjectSent() {
    Response response =
        graphQl.post(
            User.HEALTH_MANAGER,
            "mutation { applyTag(input: {patientId: \""
                + PATIENT
                + "\", reason: \"private note\"})"
                + " { patientId } }");
    assertThat(response.classification()).isEqualTo("ValidationError");
    assertThat(response.message()).isEqualTo("input is missing required fields: tag");
    assertThat(response.body().toString()).doesNotContain("private note");
  }

  @Test
  void aQueryThatDoesNotParseSaysWhereWithoutItsText() {
    Response response =
        graphQl.post(User.HEALTH_MANAGER, "{ patient(id: 11010519491231002X) { name } }");
    assertThat(response.classification()).isEqualTo("InvalidSyntax");
    assertThat(response.message()).startsWith("The query is not valid GraphQL at line 1");
    assertThat(response.body().toString()).doesNotContain("11010519491231002X");
  }

  @Test
  void errorsAboutNamesKeepTheirNames() {
    Response response = graphQl.post(User.HEALTH_MANAGER, "{ patients { nothingLikeThis } }");
    assertThat(response.classification()).isEqualTo("ValidationError");
    assertThat(response.message()).contains("nothingLikeThis").contains("PatientConnection");
  }
}
