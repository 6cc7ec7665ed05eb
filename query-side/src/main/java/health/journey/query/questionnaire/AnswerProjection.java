package health.journey.query.questionnaire;

import static health.journey.query.common.Column.integer;
import static health.journey.query.common.Column.text;
import static health.journey.query.common.Column.textArray;
import static health.journey.query.common.Column.timestamp;
import static health.journey.query.common.Column.uuid;

import health.journey.api.personaldata.PersonalDataCipher;
import health.journey.api.personaldata.PersonalDataErased;
import health.journey.api.questionnaire.AnswerFlag;
import health.journey.api.questionnaire.QuestionnaireAnswered;
import health.journey.api.questionnaire.QuestionnaireReadModel;
import health.journey.api.questionnaire.QuestionnaireScore;
import health.journey.query.common.PendingWrites;
import health.journey.query.common.Rows;
import health.journey.query.common.Table;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Projects each patient's questionnaire answers with the score the product computed. */
@Component
@ProcessingGroup(QuestionnaireReadModel.ANSWERS_PROCESSING_GROUP)
class AnswerProjection {

  static final RowMapper<AnswerRow> READER =
      (rs, n) ->
          new AnswerRow(
              Rows.uuid(rs, "patient_id"),
              rs.getString("answer_id"),
              rs.getString("code"),
              rs.getInt("version"),
              rs.getString("answers_sealed"),
              rs.getString("score_sealed"),
              Rows.integer(rs, "total"),
              rs.getString("band_code"),
              Rows.texts(rs, "flags"),
              rs.getString("source"),
              Rows.instant(rs, "answered_at"));

  static final Table<AnswerRow> ANSWERS =
      Table.of(
          "questionnaire_answer",
          List.of(
              uuid("patient_id", AnswerRow::patientId),
              text("answer_id", "answerId", 64, AnswerRow::answerId).required()),
          List.of(
              text("code", "code", 64, AnswerRow::code).required(),
              integer("version", AnswerRow::version),
              text("answers_sealed", "answers", 0, AnswerRow::answersSealed).required(),
              text("score_sealed", "score", 0, AnswerRow::scoreSealed).required(),
              integer("total", AnswerRow::total),
              text("band_code", "band", 32, AnswerRow::bandCode),
              textArray("flags", "flags", AnswerRow::flags),
              text("source", "source", 16, AnswerRow::source).required(),
              timestamp("answered_at", "occurredAt", AnswerRow::answeredAt).required()),
          READER,
          Table.OnConflict.KEEP);

  private final JdbcTemplate jdbc;
  private final PersonalDataCipher cipher;

  AnswerProjection(JdbcTemplate jdbc, PersonalDataCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @EventHandler
  void on(QuestionnaireAnswered event) {
    QuestionnaireScore score = event.score().reveal().orElse(null);
    PendingWrites.current(jdbc)
        .append(
            ANSWERS,
            new AnswerRow(
                event.patientId().value(),
                event.answerId(),
                event.code(),
                event.version(),
                event.answers().sealedWith(cipher),
                event.score().sealedWith(cipher),
                score == null ? null : score.total(),
                score == null ? null : score.bandCode(),
                score == null ? null : score.flags().stream().map(AnswerFlag::name).toList(),
                event.source().name(),
                event.occurredAt()));
  }

  @ResetHandler
  void reset() {
    jdbc.execute("TRUNCATE questionnaire_answer");
  }

  /** What is kept in the clear for cohorts goes with the patient's personal data. */
  @EventListener
  void on(PersonalDataErased erased) {
    try {
      jdbc.update(
          "UPDATE questionnaire_answer SET total = NULL, band_code = NULL, flags = NULL"
              + " WHERE patient_id = ?",
          UUID.fromString(erased.subject()));
    } catch (IllegalArgumentException notAPatient) {
      // the subject is not a patient
    }
  }
}
