package health.journey.app.questionnaire;

import health.journey.api.questionnaire.AnswerFlag;
import health.journey.api.questionnaire.QuestionType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The questionnaire feature's input types, as Spring for GraphQL binds them. */
final class QuestionnaireInputs {

  private QuestionnaireInputs() {}

  record DraftQuestionnaireInput(
      String code,
      String title,
      String description,
      List<QuestionInput> questions,
      ScoringInput scoring,
      String fhirUrl,
      String loinc,
      String clientRequestId) {}

  record QuestionInput(
      String linkId,
      String text,
      QuestionType type,
      Boolean required,
      List<OptionInput> options,
      BigDecimal min,
      BigDecimal max,
      String unit,
      String code) {}

  record OptionInput(String code, String display, Integer points) {}

  record ScoringInput(
      List<BandInput> bands,
      List<ItemRuleInput> itemRules,
      String statedTotalLinkId,
      String source) {}

  record BandInput(Integer from, Integer to, String code, String label, String labelZh) {}

  record ItemRuleInput(String linkId, Integer minPoints, AnswerFlag flag, String description) {}

  record AnswerQuestionnaireInput(
      String patientId,
      String code,
      Integer version,
      List<AnswerInput> answers,
      Integer statedTotal,
      Instant occurredAt,
      String clientRequestId) {}

  record AnswerInput(
      String linkId, List<String> codes, BigDecimal number, String text, LocalDate date) {}
}
