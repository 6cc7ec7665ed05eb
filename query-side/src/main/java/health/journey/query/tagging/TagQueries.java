package health.journey.query.tagging;

import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.rules.TaggingRules;
import health.journey.api.tagging.FindTagsQuery;
import health.journey.api.tagging.PatientTags;
import health.journey.api.tagging.TagView;
import health.journey.query.common.Rows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers the queries on tags, one SQL statement per query. */
@Component
class TagQueries {

  private final JdbcClient jdbc;
  private final PersonalDataCipher cipher;

  TagQueries(JdbcClient jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @QueryHandler
  PatientTags handle(FindTagsQuery query) {
    Map<String, List<TagView>> byPatient = new LinkedHashMap<>();
    if (query.patientIds().isEmpty()) {
      return new PatientTags(byPatient);
    }
    jdbc.sql(
            "SELECT patient_id, tag, opened_at, applied_at, applied_by, applied_by_role,"
                + " reason_sealed FROM patient_tag WHERE patient_id IN (:ids)"
                + " ORDER BY applied_at, tag")
        .param("ids", query.patientIds().stream().map(PatientId::value).toList())
        .query(TaggingProjection.TAGS_READER)
        .list()
        .forEach(
            row ->
                byPatient
                    .computeIfAbsent(row.patientId().toString(), k -> new ArrayList<>())
                    .add(
                        new TagView(
                            row.tag(),
                            row.appliedAt(),
                            row.appliedBy(),
                            row.appliedByRole(),
                            Rows.sealed(
                                cipher,
                                row.patientId(),
                                PersonalDataKind.FREE_TEXT,
                                row.reasonSealed()))));
    jdbc.sql("SELECT * FROM patient_rule_tag WHERE patient_id IN (:ids) ORDER BY applied_at, tag")
        .param("ids", query.patientIds().stream().map(PatientId::value).toList())
        .query(TaggingProjection.RULE_TAGS_READER)
        .list()
        .forEach(
            row ->
                byPatient
                    .computeIfAbsent(row.patientId().toString(), k -> new ArrayList<>())
                    .add(
                        new TagView(
                            row.tag(),
                            row.appliedAt(),
                            TaggingRules.actor(row.ruleCode(), row.ruleVersion()),
                            null,
                            null,
                            row.ruleCode(),
                            row.ruleVersion(),
                            Rows.sealed(
                                cipher,
                                row.patientId(),
                                PersonalDataKind.HEALTH,
                                row.evidenceSealed()),
                            row.causeEventId())));
    return new PatientTags(byPatient);
  }
}
