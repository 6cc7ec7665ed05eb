package health.journey.app.fhir;

import health.journey.api.InvalidInput;
import health.journey.api.questionnaire.AnswerOption;
import health.journey.api.questionnaire.ItemRule;
import health.journey.api.questionnaire.Question;
import health.journey.api.questionnaire.QuestionType;
import health.journey.api.questionnaire.QuestionnaireDefinition;
import health.journey.api.questionnaire.Scoring;
import health.journey.api.questionnaire.StandardQuestionnaires;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * A FHIR R4 Questionnaire as a questionnaire template. Answer scores come from the options' {@code
 * ordinalValue} (or {@code itemWeight}) extensions, on {@code answerOption} or on the concepts of a
 * contained answer ValueSet; calculated items (a stated total) become optional number questions. A
 * questionnaire that cannot be scored completely is refused, saying what is missing. A known
 * instrument (PHQ-9, GAD-7, by its LOINC panel code) takes its published bands and item rules,
 * matched to the document's items by their LOINC codes.
 */
final class QuestionnaireImport {

  private static final List<String> ORDINAL_URLS =
      List.of(
          "http://hl7.org/fhir/StructureDefinition/ordinalValue",
          "http://hl7.org/fhir/StructureDefinition/itemWeight",
          "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value");
  private static final List<String> CALCULATED_URLS =
      List.of(
          "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression",
          "http://hl7.org/fhir/StructureDefinition/cqf-expression");
  private static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
  private static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

  private QuestionnaireImport() {}

  /**
   * @throws FhirRefusal (422) saying what keeps the questionnaire from being scored or stored
   */
  static QuestionnaireDefinition definition(Questionnaire questionnaire) {
    List<FhirIssue> problems = new ArrayList<>();
    List<Question> questions = new ArrayList<>();
    List<String> calculated = new ArrayList<>();
    flatten(
        questionnaire, questionnaire.getItem(), "Questionnaire", questions, calculated, problems);
    Optional<String> panel =
        questionnaire.getCode().stream()
            .filter(c -> ObservationValues.LOINC.equals(c.getSystem()) && c.hasCode())
            .map(Coding::getCode)
            .findFirst();
    Optional<QuestionnaireDefinition> standard =
        panel.flatMap(
            code ->
                StandardQuestionnaires.all().stream()
                    .filter(d -> code.equals(d.loinc()))
                    .filter(d -> d.scoring() != null)
                    .findFirst());
    boolean anyScored = questions.stream().anyMatch(Question::scored);
    if (!anyScored && (standard.isPresent() || !calculated.isEmpty())) {
      List<String> unscored =
          questions.stream()
              .filter(
                  q ->
                      q.type() == QuestionType.SINGLE_CHOICE
                          || q.type() == QuestionType.MULTIPLE_CHOICE)
              .map(Question::linkId)
              .toList();
      problems.add(
          FhirIssue.error(
              "required",
              "The questionnaire is scored (it has a total score item"
                  + (standard.isPresent() ? " and is " + standard.get().code() : "")
                  + ") but no answer option carries a score (extension ordinalValue)"
                  + (unscored.isEmpty()
                      ? ""
                      : "; items without scores: " + String.join(", ", unscored)),
              "Questionnaire.item"));
    }
    standard.ifPresent(s -> missingItems(s, questionnaire.getItem(), questions, problems));
    if (questions.isEmpty()) {
      problems.add(
          FhirIssue.error(
              "required", "The questionnaire has no question to answer", "Questionnaire.item"));
    }
    Scoring scoring = null;
    if (anyScored) {
      scoring =
          standard
              .map(s -> standardScoring(s, questions, problems))
              .orElseGet(
                  () ->
                      new Scoring(
                          List.of(),
                          List.of(),
                          calculated.isEmpty() ? null : calculated.get(0),
                          "Scores as the imported FHIR Questionnaire gives them (ordinalValue)"));
    }
    if (!problems.isEmpty()) {
      throw new FhirRefusal(422, problems);
    }
    try {
      return new QuestionnaireDefinition(
          code(questionnaire),
          title(questionnaire),
          description(questionnaire),
          questions,
          scoring,
          questionnaire.hasUrl() && questionnaire.getUrl().length() <= 500
              ? questionnaire.getUrl()
              : null,
          panel.filter(p -> p.length() <= 32).orElse(null));
    } catch (InvalidInput refused) {
      throw FhirRefusal.unprocessable("invalid", refused.getMessage(), "Questionnaire");
    }
  }

  /**
   * The published scoring of a known instrument, on the document's items: every scored item of the
   * instrument must be there (by its LOINC code), scored, and the total item is the instrument's.
   */
  private static Scoring standardScoring(
      QuestionnaireDefinition standard, List<Question> questions, List<FhirIssue> problems) {
    List<ItemRule> rules = new ArrayList<>();
    for (ItemRule rule : standard.scoring().itemRules()) {
      String loinc = standard.question(rule.linkId()).map(Question::code).orElse(rule.linkId());
      questions.stream()
          .filter(q -> loinc.equals(q.code()))
          .findFirst()
          .ifPresent(
              q ->
                  rules.add(
                      new ItemRule(q.linkId(), rule.minPoints(), rule.flag(), rule.description())));
    }
    String totalCode =
        standard.question(standard.scoring().statedTotalLinkId()).map(Question::code).orElse(null);
    String total =
        questions.stream()
            .filter(q -> totalCode != null && totalCode.equals(q.code()))
            .map(Question::linkId)
            .findFirst()
            .orElse(null);
    return new Scoring(standard.scoring().bands(), rules, total, standard.scoring().source());
  }

  /**
   * Every scored item of a known instrument must be in the document (by its LOINC code) and carry
   * scores: one missing or unscored item makes its total meaningless.
   */
  private static void missingItems(
      QuestionnaireDefinition standard,
      List<QuestionnaireItemComponent> items,
      List<Question> questions,
      List<FhirIssue> problems) {
    java.util.Set<String> present = new java.util.HashSet<>();
    collectCodes(items, present);
    for (Question item : standard.questions()) {
      if (!item.scored()) {
        continue;
      }
      boolean scored = questions.stream().anyMatch(q -> item.code().equals(q.code()) && q.scored());
      if (!scored) {
        problems.add(
            FhirIssue.error(
                "required",
                standard.code()
                    + " item "
                    + item.code()
                    + (present.contains(item.code()) ? " carries no scores" : " is missing")
                    + ": the "
                    + standard.code()
                    + " cannot be scored without it",
                "Questionnaire.item"));
      }
    }
  }

  private static void collectCodes(
      List<QuestionnaireItemComponent> items, java.util.Set<String> codes) {
    for (QuestionnaireItemComponent item : items) {
      item.getCode().stream().filter(Coding::hasCode).forEach(c -> codes.add(c.getCode()));
      collectCodes(item.getItem(), codes);
    }
  }

  private static void flatten(
      Questionnaire questionnaire,
      List<QuestionnaireItemComponent> items,
      String path,
      List<Question> questions,
      List<String> calculated,
      List<FhirIssue> problems) {
    for (int i = 0; i < items.size(); i++) {
      QuestionnaireItemComponent item = items.get(i);
      String here = path + ".item[" + i + "]";
      Questionnaire.QuestionnaireItemType type = item.getType();
      if (type == Questionnaire.QuestionnaireItemType.GROUP
          || type == Questionnaire.QuestionnaireItemType.DISPLAY) {
        flatten(questionnaire, item.getItem(), here, questions, calculated, problems);
        continue;
      }
      boolean isCalculated =
          CALCULATED_URLS.stream().anyMatch(url -> item.getExtensionByUrl(url) != null);
      try {
        Question question = question(questionnaire, item, isCalculated, here, problems);
        if (question != null) {
          questions.add(question);
          if (isCalculated) {
            calculated.add(question.linkId());
          }
        }
      } catch (InvalidInput refused) {
        problems.add(FhirIssue.error("invalid", refused.getMessage(), here));
      }
      flatten(questionnaire, item.getItem(), here, questions, calculated, problems);
    }
  }

  private static Question question(
      Questionnaire questionnaire,
      QuestionnaireItemComponent item,
      boolean isCalculated,
      String path,
      List<FhirIssue> problems) {
    String linkId = item.getLinkId();
    String text = item.hasText() ? ObservationValues.trim(item.getText(), 500) : linkId;
    String code =
        item.getCode().stream()
            .filter(c -> c.hasCode() && c.getCode().length() <= 32)
            .map(Coding::getCode)
            .findFirst()
            .orElse(null);
    boolean required = item.getRequired() && !isCalculated;
    return switch (item.getType()) {
      case BOOLEAN ->
          new Question(
              linkId,
              text,
              QuestionType.SINGLE_CHOICE,
              required,
              List.of(
                  new AnswerOption("true", "是 (Yes)", null),
                  new AnswerOption("false", "否 (No)", null)),
              null,
              null,
              null,
              code);
      case DECIMAL, INTEGER, QUANTITY ->
          new Question(
              linkId,
              text,
              QuestionType.NUMBER,
              required,
              List.of(),
              bound(item, MIN_VALUE),
              bound(item, MAX_VALUE),
              unit(item),
              code);
      case DATE, DATETIME ->
          new Question(
              linkId, text, QuestionType.DATE, required, List.of(), null, null, null, code);
      case STRING, TEXT, URL ->
          new Question(
              linkId, text, QuestionType.TEXT, required, List.of(), null, null, null, code);
      case CHOICE, OPENCHOICE -> {
        List<AnswerOption> options = options(questionnaire, item, path, problems);
        if (options == null) {
          yield null;
        }
        yield new Question(
            linkId,
            text,
            item.getRepeats() ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE,
            required,
            options,
            null,
            null,
            null,
            code);
      }
      default -> {
        problems.add(
            FhirIssue.error(
                "not-supported",
                "Item "
                    + QuestionnaireImport.printable(linkId)
                    + " is of type "
                    + item.getType().toCode()
                    + ", which templates here do not take",
                path + ".type"));
        yield null;
      }
    };
  }

  /** The options of a choice item with their scores; null (and a problem) when they are unknown. */
  private static List<AnswerOption> options(
      Questionnaire questionnaire,
      QuestionnaireItemComponent item,
      String path,
      List<FhirIssue> problems) {
    List<AnswerOption> options = new ArrayList<>();
    if (item.hasAnswerOption()) {
      for (Questionnaire.QuestionnaireItemAnswerOptionComponent option : item.getAnswerOption()) {
        if (option.hasValueCoding()) {
          Coding coding = option.getValueCoding();
          options.add(option(coding.getCode(), display(coding), ordinal(option, coding)));
        } else if (option.hasValue()) {
          String value = option.getValue().primitiveValue();
          options.add(option(value, value, ordinal(option, null)));
        }
      }
    } else if (item.hasAnswerValueSet() && item.getAnswerValueSet().startsWith("#")) {
      String id = item.getAnswerValueSet().substring(1);
      Optional<ValueSet> valueSet =
          questionnaire.getContained().stream()
              .filter(r -> r instanceof ValueSet && id.equals(r.getIdElement().getIdPart()))
              .map(ValueSet.class::cast)
              .findFirst();
      if (valueSet.isEmpty()) {
        problems.add(
            FhirIssue.error(
                "not-found",
                "Item "
                    + QuestionnaireImport.printable(item.getLinkId())
                    + " takes its options from a contained ValueSet the questionnaire does not hold",
                path + ".answerValueSet"));
        return null;
      }
      for (ValueSet.ConceptSetComponent include : valueSet.get().getCompose().getInclude()) {
        for (ValueSet.ConceptReferenceComponent concept : include.getConcept()) {
          options.add(
              option(
                  concept.getCode(),
                  concept.hasDisplay() ? concept.getDisplay() : concept.getCode(),
                  ordinal(concept, null)));
        }
      }
    } else {
      problems.add(
          FhirIssue.error(
              "not-supported",
              "Item "
                  + QuestionnaireImport.printable(item.getLinkId())
                  + " takes its options from "
                  + (item.hasAnswerValueSet()
                      ? "a ValueSet outside the document ("
                          + safeUrl(item.getAnswerValueSet())
                          + ")"
                      : "nowhere")
                  + ": give them as answerOption, with their scores (ordinalValue)",
              path + ".answerValueSet"));
      return null;
    }
    long scored = options.stream().filter(o -> o.points() != null).count();
    if (scored > 0 && scored < options.size()) {
      problems.add(
          FhirIssue.error(
              "required",
              "Item "
                  + QuestionnaireImport.printable(item.getLinkId())
                  + " gives a score (ordinalValue) to some options and not to others: "
                  + String.join(
                      ", ",
                      options.stream()
                          .filter(o -> o.points() == null)
                          .map(AnswerOption::code)
                          .toList()),
              path + ".answerOption"));
      return null;
    }
    return options;
  }

  private static AnswerOption option(String code, String display, Integer points) {
    return new AnswerOption(code, ObservationValues.trim(display, 200), points);
  }

  private static String display(Coding coding) {
    return coding.hasDisplay() ? coding.getDisplay() : coding.getCode();
  }

  /** The score of an option, from the option's or its coding's ordinal extension. */
  private static Integer ordinal(Element option, Coding coding) {
    for (Element holder : coding == null ? List.of(option) : List.of(option, coding)) {
      for (String url : ORDINAL_URLS) {
        Extension extension = holder.getExtensionByUrl(url);
        if (extension != null && extension.getValue() instanceof DecimalType decimal) {
          return whole(decimal.getValue());
        }
        if (extension != null && extension.getValue() instanceof IntegerType integer) {
          return integer.getValue();
        }
      }
    }
    return null;
  }

  private static Integer whole(BigDecimal value) {
    try {
      return value.intValueExact();
    } catch (ArithmeticException notWhole) {
      throw new InvalidInput("ordinalValue", "scores (ordinalValue) must be whole numbers here");
    }
  }

  private static BigDecimal bound(QuestionnaireItemComponent item, String url) {
    Extension extension = item.getExtensionByUrl(url);
    if (extension == null) {
      return null;
    }
    if (extension.getValue() instanceof DecimalType decimal) {
      return decimal.getValue();
    }
    if (extension.getValue() instanceof IntegerType integer) {
      return BigDecimal.valueOf(integer.getValue());
    }
    return null;
  }

  private static String unit(QuestionnaireItemComponent item) {
    Extension extension =
        item.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/questionnaire-unit");
    if (extension != null && extension.getValue() instanceof Coding coding && coding.hasCode()) {
      return ObservationValues.trim(coding.getCode(), 32);
    }
    return null;
  }

  /**
   * The template's code: the last part of the questionnaire's url, else its id, else its name, else
   * its LOINC code; lower case letters, digits and hyphens.
   */
  static String code(Questionnaire questionnaire) {
    List<String> candidates = new ArrayList<>();
    if (questionnaire.hasUrl()) {
      String url = questionnaire.getUrl();
      candidates.add(url.substring(url.lastIndexOf('/') + 1));
    }
    if (questionnaire.getIdElement().hasIdPart()) {
      candidates.add(questionnaire.getIdElement().getIdPart());
    }
    if (questionnaire.hasName()) {
      candidates.add(questionnaire.getName());
    }
    if (questionnaire.hasTitle()) {
      candidates.add(questionnaire.getTitle());
    }
    questionnaire.getCode().stream()
        .filter(Coding::hasCode)
        .findFirst()
        .ifPresent(c -> candidates.add("loinc-" + c.getCode()));
    for (String candidate : candidates) {
      String slug =
          candidate.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
      if (!slug.isEmpty()) {
        return slug.length() <= 64 ? slug : slug.substring(0, 64).replaceAll("-$", "");
      }
    }
    throw FhirRefusal.unprocessable(
        "required",
        "The questionnaire has neither url, id, name, title nor code to be known by",
        "Questionnaire");
  }

  private static String title(Questionnaire questionnaire) {
    String title =
        questionnaire.hasTitle()
            ? questionnaire.getTitle()
            : questionnaire.hasName() ? questionnaire.getName() : code(questionnaire);
    return ObservationValues.trim(title, 200);
  }

  private static String description(Questionnaire questionnaire) {
    StringBuilder description = new StringBuilder();
    if (questionnaire.hasDescription()) {
      description.append(ObservationValues.trim(questionnaire.getDescription(), 1500)).append(' ');
    }
    description.append("Imported from a FHIR R4 Questionnaire");
    if (questionnaire.hasUrl()) {
      description.append(" (").append(safeUrl(questionnaire.getUrl()));
      if (questionnaire.hasVersion()) {
        description
            .append(" version ")
            .append(ObservationValues.trim(questionnaire.getVersion(), 40));
      }
      description.append(')');
    }
    return ObservationValues.trim(description.toString(), 2000);
  }

  private static String safeUrl(String url) {
    return url.length() <= 300 && url.matches("[\\x21-\\x7e]+") ? url : "(a url)";
  }

  /** A name from the document, shown only when it is a plain identifier (never free text). */
  static String printable(String name) {
    return name != null && name.matches("[A-Za-z0-9/][A-Za-z0-9_./\\-]{0,63}") ? name : "(unnamed)";
  }
}
