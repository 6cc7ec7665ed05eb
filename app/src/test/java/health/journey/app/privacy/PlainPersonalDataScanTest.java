package health.journey.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import health.journey.app.platform.personaldata.JdbcSubjectKeys;
import health.journey.app.support.GraphQl.Response;
import health.journey.app.support.GraphQl.User;
import health.journey.app.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A scanner for plain personal data: every personal and health value written through the API is
 * looked for, as plain UTF-8, in every column of every table, in every file of the data directory
 * (PostgreSQL's own files and its write-ahead log included) and in the log. None may be found.
 * After erasure, what the read model kept in the clear for aggregates is gone too.
 */
@ExtendWith(OutputCaptureExtension.class)
class PlainPersonalDataScanTest extends IntegrationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired JdbcSubjectKeys subjectKeys;

  @Test
  void noValueWrittenThroughTheApiIsStoredOrLoggedInPlainText(CapturedOutput output)
      throws IOException {
    String mark = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    LocalDate born = unusedBirthDate();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("name", "扫描" + mark + "丽");
    values.put("phone", "139" + String.format("%08d", Math.floorMod(mark.hashCode(), 100_000_000)));
    values.put("idNumber", idNumber(born));
    values.put("birthDate", born.toString());
    values.put("address", "北京市" + mark + "路1号");
    values.put("notes", "独居 notes " + mark);
    values.put("medicalHistory", "陈旧性心肌梗死 " + mark);
    values.put("familyHistory", "母亲糖尿病 " + mark);
    values.put("allergies", "青霉素 " + mark);
    values.put("medications", "氨氯地平 " + mark);
    values.put("tagReason", "空腹血糖 " + mark);
    values.put("stageReason", "首次体检 " + mark);
    values.put("withdrawalReason", "不想被打扰 " + mark);

    Response opened =
        graphQl.post(
            User.CUSTOMER_SERVICE,
            "mutation($in: OpenCardInput!) { openCard(input: $in) { patientId } }",
            Map.of(
                "in",
                Map.of(
                    "channel", "EXAM_CENTRE",
                    "name", values.get("name"),
                    "phone", values.get("phone"),
                    "idNumber", values.get("idNumber"),
                    "consents",
                        List.of(
                            Map.of(
                                "purpose", "MARKETING",
                                "channel", "APP",
                                "wordingVersion", "mk-1")))));
    assertThat(opened.hasErrors()).as(opened.toString()).isFalse();
    String id = opened.data().at("/openCard/patientId").asString();
    mutate(
        "updateHealthRecord",
        "UpdateHealthRecordInput",
        Map.of(
            "patientId", id,
            "address", values.get("address"),
            "notes", values.get("notes"),
            "medicalHistory", List.of(values.get("medicalHistory")),
            "familyHistory", List.of(values.get("familyHistory")),
            "allergies", List.of(values.get("allergies")),
            "medications", List.of(values.get("medications")),
            "measurements", Map.of("heightCm", 158, "weightKg", "61.3")));
    mutate(
        "applyTag",
        "TagInput",
        Map.of("patientId", id, "tag", "scan-" + mark, "reason", values.get("tagReason")));
    mutate(
        "changeLifecycleStage",
        "ChangeLifecycleStageInput",
        Map.of("patientId", id, "stage", "FIRST_VISIT", "reason", values.get("stageReason")));
    mutate(
        "withdrawConsent",
        "WithdrawConsentInput",
        Map.of(
            "patientId",
            id,
            "purpose",
            "MARKETING",
            "channel",
            "APP",
            "reason",
            values.get("withdrawalReason")));

    // every value reads back in full for a role that may see it: it was stored, sealed
    Response read =
        graphQl.post(
            User.DOCTOR,
            "query($id: ID!) { patient(id: $id) { name phone birthDate healthRecord { address notes"
                + " medicalHistory allergies } timeline { edges { node { summary note } } } } }",
            Map.of("id", id));
    assertThat(read.hasErrors()).as(read.toString()).isFalse();
    assertThat(read.body().toString())
        .contains(values.get("name"))
        .contains(values.get("phone"))
        .contains(values.get("allergies"))
        .contains(values.get("stageReason"))
        .contains("BMI 24.6");

    jdbc.execute("CHECKPOINT");
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, String> value : values.entrySet()) {
      found.addAll(inTables(value.getKey(), value.getValue()));
      found.addAll(inFiles(value.getKey(), value.getValue()));
      if (output.getAll().contains(value.getValue())) {
        found.add(value.getKey() + " in the console log");
      }
    }
    assertThat(found).as("plain personal data found").isEmpty();

    // erasure: what the read model kept in the clear for aggregates goes too
    assertThat(
            jdbc.queryForObject(
                "SELECT sex FROM patient_summary WHERE patient_id = ?::uuid", String.class, id))
        .isNotEqualTo("UNKNOWN");
    subjectKeys.destroy(id);
    assertThat(
            jdbc.queryForObject(
                "SELECT sex FROM patient_summary WHERE patient_id = ?::uuid", String.class, id))
        .isEqualTo("UNKNOWN");
    Response erased =
        graphQl.post(
            User.DOCTOR,
            "query($id: ID!) { patient(id: $id) { name sex birthDate age healthRecord { allergies } } }",
            Map.of("id", id));
    assertThat(erased.data().at("/patient/name").asString()).isEqualTo("[erased]");
    assertThat(erased.data().at("/patient/sex").asString()).isEqualTo("UNKNOWN");
    assertThat(erased.data().at("/patient/birthDate").isNull()).isTrue();
    assertThat(erased.data().at("/patient/healthRecord/allergies").isNull()).isTrue();
  }

  private void mutate(String mutation, String type, Map<String, Object> input) {
    Response response =
        graphQl.post(
            User.HEALTH_MANAGER,
            "mutation($in: " + type + "!) { " + mutation + "(input: $in) { patientId } }",
            Map.of("in", input));
    assertThat(response.hasErrors()).as(response.toString()).isFalse();
  }

  /** Every column of every table that can hold text, looked through for the value. */
  private List<String> inTables(String what, String value) {
    List<String> found = new ArrayList<>();
    List<Map<String, Object>> columns =
        jdbc.queryForList(
            "SELECT table_name, column_name, data_type FROM information_schema.columns"
                + " WHERE table_schema = 'public' AND data_type IN"
                + " ('text', 'character varying', 'bytea', 'ARRAY', 'json', 'jsonb', 'character')");
    assertThat(columns).hasSizeGreaterThan(30);
    for (Map<String, Object> column : columns) {
      String table = (String) column.get("table_name");
      String name = (String) column.get("column_name");
      String condition =
          "bytea".equals(column.get("data_type"))
              ? "position(convert_to(?, 'UTF8') in " + name + ") > 0"
              : "position(? in CAST(" + name + " AS text)) > 0";
      Long count =
          jdbc.queryForObject(
              "SELECT count(*) FROM " + table + " WHERE " + condition, Long.class, value);
      if (count != null && count > 0) {
        found.add(what + " in " + table + "." + name);
      }
    }
    return found;
  }

  /** Every file of the data directory: PostgreSQL's tables, its write-ahead log, the log file. */
  private List<String> inFiles(String what, String value) throws IOException {
    String needle = new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(DATA_DIR)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        byte[] bytes;
        try {
          bytes = Files.readAllBytes(file);
        } catch (IOException gone) {
          continue; // a file PostgreSQL removed while we walked
        }
        if (new String(bytes, StandardCharsets.ISO_8859_1).contains(needle)) {
          found.add(what + " in " + DATA_DIR.relativize(file));
        }
      }
    }
    return found;
  }

  /** A birth date no other data here holds, so finding it means finding this patient's. */
  private LocalDate unusedBirthDate() {
    while (true) {
      LocalDate date =
          LocalDate.of(1930, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
      if (inTables("birthDate", date.toString()).isEmpty()) {
        return date;
      }
    }
  }

  /** A valid resident ID number (GB 11643) for the birth date, with a random sequence. */
  private static String idNumber(LocalDate born) {
    String body =
        "110105"
            + born.toString().replace("-", "")
            + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * weights[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }
}
