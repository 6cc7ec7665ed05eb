package health.journey.api.rules;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import health.journey.api.InvalidInput;
import health.journey.api.indicator.Indicators;
import health.journey.api.patient.Sex;
import health.journey.api.patient.SmokingStatus;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a rule looks at: a condition over a patient's facts, as staff define it. Conditions combine
 * with {@link AllOf} and {@link AnyOf}; every leaf says which fact it reads and how old that fact
 * may be.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Condition.Indicator.class, name = "INDICATOR"),
  @JsonSubTypes.Type(value = Condition.Score.class, name = "SCORE"),
  @JsonSubTypes.Type(value = Condition.Smoking.class, name = "SMOKING"),
  @JsonSubTypes.Type(value = Condition.RecordMentions.class, name = "RECORD_MENTIONS"),
  @JsonSubTypes.Type(value = Condition.HasTag.class, name = "HAS_TAG"),
  @JsonSubTypes.Type(value = Condition.AllOf.class, name = "ALL_OF"),
  @JsonSubTypes.Type(value = Condition.AnyOf.class, name = "ANY_OF")
})
public sealed interface Condition {

  /** How a value compares with a threshold. */
  enum Comparison {
    AT_LEAST,
    ABOVE,
    BELOW,
    AT_MOST;

    public boolean holds(BigDecimal value, BigDecimal threshold) {
      int c = value.compareTo(threshold);
      return switch (this) {
        case AT_LEAST -> c >= 0;
        case ABOVE -> c > 0;
        case BELOW -> c < 0;
        case AT_MOST -> c <= 0;
      };
    }
  }

  /** The parts of the health record a rule can read words from. */
  enum RecordField {
    MEDICATIONS,
    MEDICAL_HISTORY,
    FAMILY_HISTORY
  }

  /**
   * The latest value of an indicator (a catalogue analyte, in its canonical unit), taken no more
   * than {@code maxAgeDays} ago, compares with the threshold; for one sex only when {@code sex} is
   * given (a patient of unknown sex meets no sex-specific condition).
   */
  record Indicator(
      String analyteId, Comparison comparison, BigDecimal threshold, int maxAgeDays, Sex sex)
      implements Condition {
    public Indicator {
      InvalidInput.require(
          analyteId != null && Indicators.byId(analyteId).isPresent(),
          "condition.analyteId",
          "condition.analyteId must name an indicator of the catalogue");
      InvalidInput.require(comparison != null, "condition.comparison", "a comparison is required");
      InvalidInput.require(threshold != null, "condition.threshold", "a threshold is required");
      InvalidInput.require(
          maxAgeDays >= 1 && maxAgeDays <= 3650,
          "condition.maxAgeDays",
          "condition.maxAgeDays must be between 1 and 3650");
    }
  }

  /**
   * The total of the latest answers to a questionnaire, given no more than {@code maxAgeDays} ago.
   */
  record Score(String questionnaireCode, int minTotal, int maxAgeDays) implements Condition {
    public Score {
      questionnaireCode =
          InvalidInput.requireName(questionnaireCode, "condition.questionnaireCode", 64);
      InvalidInput.require(
          maxAgeDays >= 1 && maxAgeDays <= 3650,
          "condition.maxAgeDays",
          "condition.maxAgeDays must be between 1 and 3650");
    }
  }

  /** The smoking status the health record gives is one of these. */
  record Smoking(List<SmokingStatus> statuses) implements Condition {
    public Smoking {
      InvalidInput.require(
          statuses != null && !statuses.isEmpty(),
          "condition.statuses",
          "give at least one status");
      statuses = List.copyOf(statuses);
    }
  }

  /**
   * A part of the health record mentions one of the terms (case and width folded), e.g. a
   * medication list naming an antihypertensive.
   */
  record RecordMentions(RecordField field, List<String> terms) implements Condition {
    public RecordMentions {
      InvalidInput.require(field != null, "condition.field", "a health-record field is required");
      InvalidInput.require(
          terms != null && !terms.isEmpty() && terms.size() <= 200,
          "condition.terms",
          "give between 1 and 200 terms");
      terms = terms.stream().map(t -> InvalidInput.requireName(t, "condition.terms", 64)).toList();
    }
  }

  /** The patient has a tag (set by a person or by another rule). */
  record HasTag(String tag) implements Condition {
    public HasTag {
      tag = InvalidInput.requireName(tag, "condition.tag", 64);
    }
  }

  /** Every condition holds. */
  record AllOf(List<Condition> conditions) implements Condition {
    public AllOf {
      InvalidInput.require(
          conditions != null && !conditions.isEmpty() && conditions.size() <= 50,
          "condition.conditions",
          "give between 1 and 50 conditions");
      conditions = List.copyOf(conditions);
    }
  }

  /** At least one condition holds. */
  record AnyOf(List<Condition> conditions) implements Condition {
    public AnyOf {
      InvalidInput.require(
          conditions != null && !conditions.isEmpty() && conditions.size() <= 50,
          "condition.conditions",
          "give between 1 and 50 conditions");
      conditions = List.copyOf(conditions);
    }
  }
}
