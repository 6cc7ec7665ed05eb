package health.journey.query.questionnaire;

import health.journey.api.PatientId;
import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.personaldata.PersonalDataKind;
import health.journey.api.personaldata.Sealed;
import health.journey.api.questionnaire.AnswerSheet;
import health.journey.api.questionnaire.AnswerSource;
import health.journey.api.questionnaire.AnswerView;
import health.journey.api.questionnaire.FindAnswersQuery;
import health.journey.api.questionnaire.PatientAnswers;
import health.journey.api.questionnaire.QuestionnaireScore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** Answers the queries on questionnaire answers, one SQL statement per query. */
@Component
class AnswerQueries {

  private final JdbcClient jdbc;
  private final PersonalDataCipher cipher;

  AnswerQueries(JdbcClient jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @QueryHandler
  PatientAnswers handle(FindAnswersQuery query) {
    Map<String, List<AnswerView>> byPatient = new LinkedHashMap<>();
    if (query.patientIds().isEmpty()) {
      return new PatientAnswers(byPatient);
    }
    jdbc.sql(
            "SELECT * FROM (SELECT a.*, row_number() OVER (PARTITION BY patient_id"
                + " ORDER BY answered_at DESC, answer_id) AS n FROM questionnaire_answer a"
                + " WHERE patient_id IN (:ids) AND (CAST(:answer AS text) IS NULL OR answer_id = :answer)) x"
                + " WHERE n <= :limit ORDER BY patient_id, answered_at DESC, answer_id")
        .param("ids", query.patientIds().stream().map(PatientId::value).toList())
        .param("answer", query.answerId())
        .param("limit", query.limit())
        .query(AnswerProjection.READER)
        .list()
        .forEach(
            row -> {
              String id = row.patientId().toString();
              byPatient
                  .computeIfAbsent(id, k -> new ArrayList<>())
                  .add(
                      new AnswerView(
                          id,
                          row.answerId(),
                          row.code(),
                          row.version(),
                          Sealed.stored(
                              id,
                              PersonalDataKind.HEALTH,
                              row.answersSealed(),
                              cipher,
                              new TypeReference<AnswerSheet>() {}),
                          Sealed.stored(
                              id,
                              PersonalDataKind.HEALTH,
                              row.scoreSealed(),
                              cipher,
                              new TypeReference<QuestionnaireScore>() {}),
                          AnswerSource.valueOf(row.source()),
                          row.answeredAt()));
            });
    return new PatientAnswers(byPatient);
  }
}
