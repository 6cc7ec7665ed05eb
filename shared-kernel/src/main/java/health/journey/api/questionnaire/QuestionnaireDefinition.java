package health.journey.api.questionnaire;

import health.journey.api.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A questionnaire (问卷调查) or intake form (问诊表): its questions and, when it is scored, how.
 *
 * @param code the questionnaire's code (e.g. phq-9), stable across versions
 * @param title its title
 * @param description what it is for, with its source
 * @param questions its questions, in order
 * @param scoring how it is scored, or null when it is not
 * @param fhirUrl the canonical URL documents name it by (FHIR Questionnaire.url), when known
 * @param loinc its LOINC panel code, when it has one
 */
public record QuestionnaireDefinition(
    String code,
    String title,
    String description,
    List<Question> questions,
    Scoring scoring,
    String fhirUrl,
    String loinc) {

  public QuestionnaireDefinition {
    code = InvalidInput.requireName(code, "code", 64);
    title = InvalidInput.requireText(title, "title", 200);
    description =
        description == null ? null : InvalidInput.requireText(description, "description", 2000);
    InvalidInput.require(
        questions != null && !questions.isEmpty(), "questions", "give at least one question");
    questions = List.copyOf(questions);
    InvalidInput.require(questions.size() <= 200, "questions", "at most 200 questions");
    InvalidInput.require(
        questions.stream().map(Question::linkId).allMatch(new HashSet<>()::add),
        "questions",
        "two questions have the same linkId");
    if (scoring != null) {
      InvalidInput.require(
          questions.stream().anyMatch(Question::scored),
          "scoring",
          "a scored questionnaire needs questions whose options all carry points");
      for (ItemRule rule : scoring.itemRules()) {
        InvalidInput.require(
            questions.stream().anyMatch(q -> q.linkId().equals(rule.linkId()) && q.scored()),
            "scoring.itemRules",
            "an item rule names " + rule.linkId() + ", which is not a scored question");
      }
      int highest =
          questions.stream()
              .filter(Question::scored)
              .mapToInt(QuestionnaireDefinition::maxPoints)
              .sum();
      InvalidInput.require(
          scoring.bands().isEmpty()
              || (scoring.bands().get(0).from() <= 0
                  && scoring.bands().get(scoring.bands().size() - 1).to() >= highest),
          "scoring.bands",
          "the bands must cover every total from 0 to " + highest);
    }
    fhirUrl = fhirUrl == null ? null : InvalidInput.requireName(fhirUrl, "fhirUrl", 500);
    loinc = loinc == null ? null : InvalidInput.requireName(loinc, "loinc", 32);
  }

  public Optional<Question> question(String linkId) {
    return questions.stream().filter(q -> q.linkId().equals(linkId)).findFirst();
  }

  /** A fingerprint of the definition: the same questions and scoring give the same one. */
  public String fingerprint() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int maxPoints(Question q) {
    int best = q.options().stream().mapToInt(AnswerOption::points).max().orElse(0);
    return q.type() == QuestionType.MULTIPLE_CHOICE
        ? q.options().stream().mapToInt(AnswerOption::points).filter(p -> p > 0).sum()
        : best;
  }
}
