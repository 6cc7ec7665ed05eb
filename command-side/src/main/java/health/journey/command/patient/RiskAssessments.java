package health.journey.command.patient;

import health.journey.api.BusinessTime;
import health.journey.api.patient.Sex;
import health.journey.api.patient.SmokingStatus;
import health.journey.api.risk.RiskAssessment;
import health.journey.api.rules.RuleFact;
import health.journey.command.risk.CdrsInput;
import health.journey.command.risk.CdrsResult;
import health.journey.command.risk.ChineseDiabetesRiskScore;
import health.journey.command.risk.FraminghamGeneralCvd;
import health.journey.command.risk.FraminghamInput;
import health.journey.command.risk.FraminghamResult;
import health.journey.command.rules.RuleFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The risk models (疾病风险评估) applied to a patient's facts: the Chinese Diabetes Risk Score and the
 * Framingham general CVD function, each from the facts of the last year and the health record.
 * Every input is taken from a fact with its source; an input the record does not have is missing,
 * and the model then gives no score (never one from a guessed input). China-PAR is not computed:
 * its equation's coefficients are not in this product (see {@code ChinaPar}).
 */
final class RiskAssessments {

  /** How old a measurement may be to count as an input. */
  private static final int YEAR = 365;

  /** mmol/L to mg/dL for cholesterol: the catalogue's factor 0.02586 (AMA SI table), inverted. */
  private static final BigDecimal CHOLESTEROL_MG_PER_MMOL = new BigDecimal("38.67");

  private static final List<String> ANTIHYPERTENSIVES =
      health.journey.api.rules.DefaultTaggingRules.antihypertensives();

  /** An assessment and the model version that made it. */
  record Made(String model, String version, RiskAssessment assessment) {}

  private RiskAssessments() {}

  static List<Made> assess(RuleFacts facts, Sex sex, LocalDate birthDate) {
    Instant now = BusinessTime.now();
    Inputs in = new Inputs(facts, now);
    health.journey.command.risk.Sex modelSex =
        sex == Sex.MALE
            ? health.journey.command.risk.Sex.MALE
            : sex == Sex.FEMALE ? health.journey.command.risk.Sex.FEMALE : null;
    Integer age =
        birthDate == null
            ? null
            : Period.between(birthDate, LocalDate.ofInstant(now, BusinessTime.zone())).getYears();
    List<RuleFact> personal = new ArrayList<>();
    if (modelSex != null) {
      personal.add(new RuleFact("SEX", "sex", null, null, sex.name(), null, null));
    }
    if (age != null) {
      personal.add(new RuleFact("AGE", "age", BigDecimal.valueOf(age), "years", null, null, null));
    }

    Double waist = in.number("WAIST");
    Double bmi = in.number("BMI");
    Double sbp = in.number("SYSTOLIC_BP");
    Boolean familyDiabetes = in.familyDiabetes();
    CdrsResult cdrs =
        ChineseDiabetesRiskScore.assess(
            new CdrsInput(modelSex, age, waist, bmi, sbp, familyDiabetes));
    List<RuleFact> cdrsInputs = new ArrayList<>(personal);
    cdrsInputs.addAll(in.used("WAIST", "BMI", "SYSTOLIC_BP"));
    in.familyFact().ifPresent(cdrsInputs::add);

    Double tc = in.mgPerDl("TOTAL_CHOLESTEROL");
    Double hdl = in.mgPerDl("HDL_CHOLESTEROL");
    FraminghamResult framingham =
        FraminghamGeneralCvd.assess(
            new FraminghamInput(
                modelSex, age, tc, hdl, sbp, in.treated(), in.smoker(), in.diabetes()));
    List<RuleFact> framinghamInputs = new ArrayList<>(personal);
    framinghamInputs.addAll(in.used("TOTAL_CHOLESTEROL", "HDL_CHOLESTEROL", "SYSTOLIC_BP"));
    in.treatmentFact().ifPresent(framinghamInputs::add);
    in.smokingFact().ifPresent(framinghamInputs::add);
    framinghamInputs.addAll(in.diabetesFacts());

    return List.of(
        new Made(
            cdrs.model(),
            cdrs.version(),
            new RiskAssessment(
                cdrs.points() == null ? null : BigDecimal.valueOf(cdrs.points()),
                "points",
                cdrs.band() == null ? null : cdrs.band().name(),
                cdrs.scored() ? cdrsInputs : List.of(),
                cdrs.missingInputs(),
                cdrs.noScoreReason(),
                cdrs.bandExplanation())),
        new Made(
            framingham.model(),
            framingham.version(),
            new RiskAssessment(
                framingham.tenYearRisk() == null
                    ? null
                    : BigDecimal.valueOf(framingham.tenYearRisk())
                        .setScale(4, RoundingMode.HALF_UP),
                "10-year risk",
                framingham.band() == null ? null : framingham.band().name(),
                framingham.scored() ? framinghamInputs : List.of(),
                framingham.missingInputs(),
                framingham.noScoreReason(),
                framingham.bandExplanation())));
  }

  /** The facts a model may use: measurements of the last year, and the health record. */
  private static final class Inputs {
    private final RuleFacts facts;
    private final Instant now;

    Inputs(RuleFacts facts, Instant now) {
      this.facts = facts;
      this.now = now;
    }

    Optional<RuleFacts.Value> recent(String analyte) {
      return facts
          .indicator(analyte)
          .filter(v -> !v.effectiveAt().isBefore(now.minus(java.time.Duration.ofDays(YEAR))));
    }

    Double number(String analyte) {
      return recent(analyte).map(v -> v.value().doubleValue()).orElse(null);
    }

    Double mgPerDl(String analyte) {
      return recent(analyte)
          .map(v -> v.value().multiply(CHOLESTEROL_MG_PER_MMOL).doubleValue())
          .orElse(null);
    }

    List<RuleFact> used(String... analytes) {
      List<RuleFact> used = new ArrayList<>();
      for (String analyte : analytes) {
        recent(analyte)
            .ifPresent(
                v ->
                    used.add(
                        new RuleFact(
                            "INDICATOR",
                            analyte,
                            v.value(),
                            health.journey.api.indicator.Indicators.byId(analyte)
                                .orElseThrow()
                                .canonicalUnit(),
                            null,
                            v.effectiveAt(),
                            v.eventId())));
      }
      return used;
    }

    /** Whether a parent, sibling or child has diabetes; unknown without a family history. */
    Boolean familyDiabetes() {
      return facts.familyHistory().map(w -> mentions(w.words(), "糖尿病", "diabetes")).orElse(null);
    }

    Optional<RuleFact> familyFact() {
      return facts
          .familyHistory()
          .map(
              w ->
                  new RuleFact(
                      "RECORD",
                      "family_history_of_diabetes",
                      null,
                      null,
                      String.valueOf(mentions(w.words(), "糖尿病", "diabetes")),
                      null,
                      w.eventId()));
    }

    /** On antihypertensive medication; unknown without a medication list. */
    Boolean treated() {
      return facts
          .medications()
          .map(w -> mentions(w.words(), ANTIHYPERTENSIVES.toArray(String[]::new)))
          .orElse(null);
    }

    Optional<RuleFact> treatmentFact() {
      return facts
          .medications()
          .map(
              w ->
                  new RuleFact(
                      "RECORD",
                      "on_blood_pressure_treatment",
                      null,
                      null,
                      String.valueOf(treated()),
                      null,
                      w.eventId()));
    }

    Boolean smoker() {
      return facts.smoking().map(s -> s == SmokingStatus.CURRENT).orElse(null);
    }

    Optional<RuleFact> smokingFact() {
      return facts
          .smoking()
          .map(
              s ->
                  new RuleFact(
                      "RECORD", "smoking", null, null, s.name(), null, facts.smokingEventId()));
    }

    /**
     * Diabetes: in the medical history, or a glucose or HbA1c of the last year in the diabetic
     * range; known absent only when such a value of the last year is below it and the history does
     * not mention it.
     */
    Boolean diabetes() {
      boolean inHistory =
          facts.medicalHistory().map(w -> mentions(w.words(), "糖尿病", "diabetes")).orElse(false);
      Optional<RuleFacts.Value> glucose = recent("FASTING_GLUCOSE");
      Optional<RuleFacts.Value> hba1c = recent("HBA1C");
      boolean diabeticRange =
          glucose.map(v -> v.value().compareTo(new BigDecimal("7.0")) >= 0).orElse(false)
              || hba1c.map(v -> v.value().compareTo(new BigDecimal("6.5")) >= 0).orElse(false);
      if (inHistory || diabeticRange) {
        return true;
      }
      return glucose.isPresent() || hba1c.isPresent() ? false : null;
    }

    List<RuleFact> diabetesFacts() {
      List<RuleFact> used = new ArrayList<>(used("FASTING_GLUCOSE", "HBA1C"));
      facts
          .medicalHistory()
          .filter(w -> mentions(w.words(), "糖尿病", "diabetes"))
          .ifPresent(
              w ->
                  used.add(
                      new RuleFact(
                          "RECORD", "medical_history", null, null, "diabetes", null, w.eventId())));
      return used;
    }

    private static boolean mentions(List<String> words, String... terms) {
      return words.stream()
          .map(w -> w.toLowerCase(Locale.ROOT))
          .anyMatch(
              w ->
                  java.util.Arrays.stream(terms)
                      .anyMatch(t -> w.contains(t.toLowerCase(Locale.ROOT))));
    }
  }
}
