package health.journey.app.fhir;

import static health.journey.app.fhir.FhirFixture.assertNoEcho;
import static health.journey.app.fhir.FhirFixture.json;
import static health.journey.app.fhir.FhirFixture.refusal;
import static health.journey.app.fhir.FhirFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import health.journey.api.questionnaire.AnswerFlag;
import health.journey.api.questionnaire.AnswerOption;
import health.journey.api.questionnaire.Question;
import health.journey.api.questionnaire.QuestionType;
import health.journey.api.questionnaire.QuestionnaireDefinition;
import health.journey.api.questionnaire.StandardQuestionnaires;
import health.journey.app.support.Fhir;
import java.time.Duration;
import java.util.List;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.Test;

/**
 * FHIR R4 Questionnaires as questionnaire templates: scores from the options, known instruments
 * (PHQ-9, GAD-7) with their published bands and item rules, and questionnaires that cannot be
 * scored refused, saying what is missing.
 */
class QuestionnaireImportTest {

  private static final List<Integer> ZERO_TO_THREE = List.of(0, 1, 2, 3);

  private static QuestionnaireDefinition definition(String json) {
    return QuestionnaireImport.definition((Questionnaire) FhirFixture.read(json, "Questionnaire"));
  }

  private static FhirRefusal refusedDefinition(String json) {
    Questionnaire questionnaire = (Questionnaire) FhirFixture.read(json, "Questionnaire");
    return refused(() -> QuestionnaireImport.definition(questionnaire));
  }

  private static Question question(QuestionnaireDefinition definition, String linkId) {
    return definition
        .question(linkId)
        .orElseThrow(() -> new AssertionError("no question " + linkId));
  }

  private static List<Integer> points(Question question) {
    return question.options().stream().map(AnswerOption::points).toList();
  }

  /** A questionnaire with the given items, known by its name. */
  private static String withItems(String items) {
    return json(
        "{'resourceType':'Questionnaire','name':'Sleep','status':'active','item':[" + items + "]}");
  }

  /**
   * Like {@link #withItems}, after a question that is fine, so that only the others are at fault.
   */
  private static String afterAFineItem(String items) {
    return withItems("{'linkId':'ok','type':'string','text':'Fine'}," + items);
  }

  private static String ordinal(int score) {
    return "'extension':[{'url':'http://hl7.org/fhir/StructureDefinition/ordinalValue',"
        + "'valueDecimal':"
        + score
        + "}]";
  }

  @Test
  void theLhcPhq9TakesPhq9sBandsAndItsItem9Rule() {
    QuestionnaireDefinition phq9 = definition(Fhir.testdata("questionnaires/lhc-phq9.json"));
    QuestionnaireDefinition standard = StandardQuestionnaires.phq9();

    assertThat(phq9.code()).isEqualTo("phq-9-quick-depression-assessment-panel");
    assertThat(phq9.title()).isEqualTo("PHQ-9 quick depression assessment panel");
    assertThat(phq9.loinc()).isEqualTo("44249-1");
    assertThat(phq9.fhirUrl()).isNull();
    assertThat(phq9.description()).contains("Imported from a FHIR R4 Questionnaire");
    assertThat(phq9.questions()).hasSize(11);
    List<Question> scored = phq9.questions().stream().filter(Question::scored).toList();
    assertThat(scored)
        .extracting(Question::code)
        .containsExactly(
            "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3",
            "44260-8");
    assertThat(scored).allSatisfy(q -> assertThat(points(q)).isEqualTo(ZERO_TO_THREE));
    Question first = question(phq9, "/44250-9");
    assertThat(first.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
    assertThat(first.required()).isTrue();
    assertThat(first.text()).isEqualTo("Little interest or pleasure in doing things?");
    assertThat(first.options().get(0)).isEqualTo(new AnswerOption("LA6568-5", "Not at all", 0));

    assertThat(phq9.scoring().bands()).isEqualTo(standard.scoring().bands());
    assertThat(phq9.scoring().source()).isEqualTo(standard.scoring().source());
    assertThat(phq9.scoring().itemRules())
        .singleElement()
        .satisfies(
            rule -> {
              assertThat(rule.linkId()).isEqualTo("/44260-8");
              assertThat(rule.minPoints()).isEqualTo(1);
              assertThat(rule.flag()).isEqualTo(AnswerFlag.SELF_HARM_RISK);
            });
    assertThat(phq9.scoring().statedTotalLinkId()).isEqualTo("/44261-6");
    Question total = question(phq9, "/44261-6");
    assertThat(total.type()).isEqualTo(QuestionType.NUMBER);
    assertThat(total.required()).isFalse();
    // "How difficult have these problems made it": a question of PHQ-9 with no score.
    Question difficulty = question(phq9, "/69722-7");
    assertThat(difficulty.scored()).isFalse();
    assertThat(difficulty.options()).hasSize(4).allSatisfy(o -> assertThat(o.points()).isNull());
  }

  @Test
  void theMiiGad7TakesGad7sBandsAndNamesItsTotal() {
    QuestionnaireDefinition gad7 =
        definition(Fhir.testdata("questionnaires/mii-Questionnaire-gad-7.json"));

    assertThat(gad7.code()).isEqualTo("mii-qst-pro-gad-7");
    assertThat(gad7.fhirUrl())
        .isEqualTo(
            "https://www.medizininformatik-initiative.de/fhir/ext/modul-pro/Questionnaire/mii-qst-pro-gad-7");
    assertThat(gad7.loinc()).isEqualTo("69737-5");
    assertThat(gad7.questions().stream().filter(Question::scored))
        .extracting(Question::linkId)
        .containsExactly(
            "phq-gad7-q01",
            "phq-gad7-q02",
            "phq-gad7-q03",
            "phq-gad7-q04",
            "phq-gad7-q05",
            "phq-gad7-q06",
            "phq-gad7-q07");
    assertThat(gad7.questions().stream().filter(Question::scored))
        .allSatisfy(q -> assertThat(points(q)).isEqualTo(ZERO_TO_THREE));
    assertThat(gad7.scoring().bands()).isEqualTo(StandardQuestionnaires.gad7().scoring().bands());
    assertThat(gad7.scoring().bands()).hasSize(4);
    assertThat(gad7.scoring().itemRules()).isEmpty();
    assertThat(gad7.scoring().statedTotalLinkId()).isEqualTo("phq-gad7-score-total");
    // The display item asks nothing; the calculated T-score is a number kept as answered.
    assertThat(gad7.question("GAD-7.Description")).isEmpty();
    assertThat(question(gad7, "phq-gad7-promis-tscore").type()).isEqualTo(QuestionType.NUMBER);
  }

  @Test
  void theSdcPhq9TakesItsScoresFromItsContainedValueSet() {
    QuestionnaireDefinition phq9 =
        definition(Fhir.testdata("questionnaires/sdc-questionnaire-PHQ9.json"));

    assertThat(phq9.code()).isEqualTo("questionnaire-sdc-profile-example-phq9");
    assertThat(phq9.title()).isEqualTo("Patient Health Questionnaire - 9 Item");
    assertThat(phq9.loinc()).as("it names no LOINC panel").isNull();
    assertThat(phq9.questions()).hasSize(10);
    assertThat(phq9.questions().stream().filter(Question::scored)).hasSize(9);
    Question first = phq9.questions().get(0);
    assertThat(first.linkId()).isEqualTo("H1/T1/Q1");
    assertThat(first.options())
        .extracting(AnswerOption::code)
        .containsExactly(
            "Not-at-all", "Several-days", "More than half the days", "Nearly every day");
    assertThat(points(first)).isEqualTo(ZERO_TO_THREE);
    // Not a known instrument by its code: scored as the document says, without bands.
    assertThat(phq9.scoring().bands()).isEmpty();
    assertThat(phq9.scoring().itemRules()).isEmpty();
    assertThat(phq9.scoring().statedTotalLinkId()).isEqualTo("H1/TS");
    assertThat(question(phq9, "H1/TS").type()).isEqualTo(QuestionType.NUMBER);
  }

  @Test
  void theSpecificationsPhq9IsRefusedNamingItemsWithoutScoresAndItem9Missing() {
    FhirRefusal refusal =
        refusedDefinition(Fhir.testdata("questionnaires/Questionnaire-phq-9-questionnaire.json"));

    assertThat(refusal.status()).isEqualTo(422);
    assertThat(refusal.issues()).allSatisfy(i -> assertThat(i.severity()).isEqualTo("error"));
    // Its options are LOINC's answer list, which the document does not hold.
    assertThat(refusal.issues())
        .filteredOn(i -> i.code().equals("not-supported"))
        .hasSize(9)
        .allSatisfy(
            i ->
                assertThat(i.diagnostics())
                    .contains("outside the document (http://loinc.org/vs/LL358-3)"))
        .extracting(FhirIssue::expression)
        .startsWith("Questionnaire.item[0].answerValueSet");
    assertThat(refusal.issues())
        .extracting(FhirIssue::diagnostics)
        .anySatisfy(d -> assertThat(d).startsWith("Item LittleInterest "))
        .anySatisfy(d -> assertThat(d).startsWith("Item MovingSpeaking "))
        .anySatisfy(d -> assertThat(d).startsWith("Item Difficulty "))
        .noneSatisfy(d -> assertThat(d).contains("TotalScore"))
        .anySatisfy(d -> assertThat(d).contains("no answer option carries a score"))
        .anySatisfy(d -> assertThat(d).contains("item 44250-9 carries no scores"))
        .anySatisfy(d -> assertThat(d).contains("item 44260-8 is missing"));
  }

  @Test
  void anOptionWithoutScoreAmongScoredOptionsIsNamed() {
    String questionnaire =
        withItems(
            "{'linkId':'q1','type':'choice','text':'Sleep','answerOption':[{"
                + ordinal(0)
                + ",'valueCoding':{'system':'http://loinc.org','code':'LA6568-5'}},{'valueCoding':{"
                + "'system':'http://loinc.org','code':'LA6569-3','extension':[{'url':"
                + "'http://hl7.org/fhir/StructureDefinition/itemWeight','valueDecimal':1}]}},{"
                + "'valueCoding':{'system':'http://loinc.org','code':'LA6570-1'}}]},{'linkId':"
                + "'q2','type':'choice','text':'Mood'}");
    FhirRefusal refusal = refusedDefinition(questionnaire);

    assertThat(refusal.status()).isEqualTo(422);
    assertThat(refusal.issues())
        .extracting(FhirIssue::code, FhirIssue::expression, FhirIssue::diagnostics)
        .containsExactly(
            tuple(
                "required",
                "Questionnaire.item[0].answerOption",
                "Item q1 gives a score (ordinalValue) to some options and not to others:"
                    + " LA6570-1"),
            tuple(
                "not-supported",
                "Questionnaire.item[1].answerValueSet",
                "Item q2 takes its options from nowhere: give them as answerOption, with their"
                    + " scores (ordinalValue)"),
            tuple("required", "Questionnaire.item", "The questionnaire has no question to answer"));
  }

  @Test
  void scoresComeFromTheOptionOrItsCodingAndMayBeIntegers() {
    QuestionnaireDefinition definition =
        definition(
            withItems(
                "{'linkId':'q1','type':'choice','text':'Sleep','answerOption':[{"
                    + ordinal(0)
                    + ",'valueCoding':{'code':'a','display':'Never'}},{'valueCoding':{'code':"
                    + "'b','extension':[{'url':'http://hl7.org/fhir/StructureDefinition/itemWeight',"
                    + "'valueDecimal':1.0}]}},{'extension':[{'url':"
                    + "'http://hl7.org/fhir/StructureDefinition/iso21090-CO-value','valueDecimal':"
                    + "2}],'valueString':'often'}]}"));

    Question sleep = question(definition, "q1");
    assertThat(sleep.options())
        .containsExactly(
            new AnswerOption("a", "Never", 0),
            new AnswerOption("b", "b", 1),
            new AnswerOption("often", "often", 2));
    assertThat(definition.scoring().bands()).isEmpty();
    assertThat(definition.scoring().statedTotalLinkId()).isNull();
  }

  @Test
  void aValueSetThatListsNoConceptsCannotBeScored() {
    String questionnaire =
        json(
            "{'resourceType':'Questionnaire','name':'x','status':'active','contained':[{"
                + "'resourceType':'ValueSet','id':'vs','status':'active','compose':{'include':[{"
                + "'system':'http://loinc.org'}]}}],'item':[{'linkId':'q1','type':'choice',"
                + "'answerValueSet':'#vs'}]}");

    FhirRefusal refusal = refusedDefinition(questionnaire);
    assertThat(refusal.status()).isEqualTo(422);
    assertThat(refusal.issues())
        .extracting(FhirIssue::code, FhirIssue::expression)
        .contains(tuple("invalid", "Questionnaire.item[0]"));
    assertThat(refusal.issues().get(0).diagnostics()).contains("q1").contains("needs options");
  }

  @Test
  void aContainedValueSetTheQuestionnaireDoesNotHoldIsNamed() {
    FhirRefusal refusal =
        refusedDefinition(
            withItems("{'linkId':'q1','type':'choice','text':'x','answerValueSet':'#missing'}"));

    assertThat(refusal.issues())
        .extracting(FhirIssue::code, FhirIssue::expression)
        .contains(tuple("not-found", "Questionnaire.item[0].answerValueSet"));
  }

  @Test
  void aQuestionnaireWithoutScoresIsAFormWithoutScoring() {
    QuestionnaireDefinition form =
        definition(
            withItems(
                "{'linkId':'age','type':'integer','text':'Age','required':true,'extension':["
                    + "{'url':'http://hl7.org/fhir/StructureDefinition/minValue','valueInteger':"
                    + "18},{'url':'http://hl7.org/fhir/StructureDefinition/maxValue',"
                    + "'valueInteger':120}]},{'linkId':'smokes','type':'boolean','text':"
                    + "'Do you smoke?'},{'linkId':'since','type':'date','text':'Since'},{'linkId':"
                    + "'notes','type':'text','text':'Notes'},{'linkId':'waist','type':'quantity',"
                    + "'text':'Waist','extension':[{'url':"
                    + "'http://hl7.org/fhir/StructureDefinition/questionnaire-unit','valueCoding':{"
                    + "'system':'http://unitsofmeasure.org','code':'cm'}}]}"));

    assertThat(form.code()).isEqualTo("sleep");
    assertThat(form.scoring()).isNull();
    Question age = question(form, "age");
    assertThat(age.type()).isEqualTo(QuestionType.NUMBER);
    assertThat(age.required()).isTrue();
    assertThat(age.min()).isEqualByComparingTo("18");
    assertThat(age.max()).isEqualByComparingTo("120");
    assertThat(question(form, "smokes").type()).isEqualTo(QuestionType.SINGLE_CHOICE);
    assertThat(question(form, "smokes").options())
        .extracting(AnswerOption::code)
        .containsExactly("true", "false");
    assertThat(question(form, "since").type()).isEqualTo(QuestionType.DATE);
    assertThat(question(form, "notes").type()).isEqualTo(QuestionType.TEXT);
    assertThat(question(form, "waist").unit()).isEqualTo("cm");
  }

  @Test
  void aTotalScoreItemWithoutScoredOptionsIsRefused() {
    FhirRefusal refusal =
        refusedDefinition(
            withItems(
                "{'linkId':'q1','type':'choice','text':'x','answerOption':[{'valueCoding':{"
                    + "'code':'a'}},{'valueCoding':{'code':'b'}}]},{'linkId':'total','type':"
                    + "'integer','text':'Total','extension':[{'url':"
                    + "'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',"
                    + "'valueExpression':{'language':'text/fhirpath','expression':'1'}}]}"));

    assertThat(refusal.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo("required");
              assertThat(i.expression()).isEqualTo("Questionnaire.item");
              assertThat(i.diagnostics())
                  .contains("no answer option carries a score")
                  .endsWith("items without scores: q1");
            });
  }

  @Test
  void aKnownInstrumentWithAnItemMissingIsRefused() {
    StringBuilder items = new StringBuilder();
    String[] codes = {
      "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3"
    };
    for (String code : codes) {
      items
          .append(items.isEmpty() ? "" : ",")
          .append("{'linkId':'")
          .append(code)
          .append("','code':[{'system':'http://loinc.org','code':'")
          .append(code)
          .append("'}],'type':'choice','text':'x','answerOption':[{")
          .append(ordinal(0))
          .append(",'valueCoding':{'code':'LA6568-5'}},{")
          .append(ordinal(3))
          .append(",'valueCoding':{'code':'LA6571-9'}}]}");
    }
    String questionnaire =
        json(
            "{'resourceType':'Questionnaire','name':'phq8','status':'active','code':[{'system':"
                + "'http://loinc.org','code':'44249-1'}],'item':["
                + items
                + "]}");

    FhirRefusal refusal = refusedDefinition(questionnaire);
    assertThat(refusal.issues())
        .singleElement()
        .extracting(FhirIssue::diagnostics)
        .isEqualTo("phq-9 item 44260-8 is missing: the phq-9 cannot be scored without it");
  }

  @Test
  void aQuestionnaireMustBeAValidR4Questionnaire() {
    FhirRefusal noStatus = refusal(json("{'resourceType':'Questionnaire'}"), "Questionnaire");
    assertThat(noStatus.status()).isEqualTo(400);
    assertThat(noStatus.issues())
        .extracting(FhirIssue::code, FhirIssue::expression)
        .containsExactly(tuple("required", "Questionnaire.status"));

    FhirRefusal wrongType =
        refusal(
            Fhir.testdata("questionnaires/sdc-questionnaireresponse-PHQ9.json"), "Questionnaire");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.issues().get(0).expression())
        .isEqualTo("QuestionnaireResponse.resourceType");
  }

  @Test
  void theTemplatesCodeIsTheUrlsLastPartElseItsIdElseItsName() {
    String base =
        "{'resourceType':'Questionnaire',%s'status':'active','item':[{'linkId':'q',"
            + "'type':'string','text':'q'}]}";

    assertThat(
            definition(
                    json(
                        base.formatted(
                            "'url':'https://forms.example.cn/Questionnaire/Sleep_Habits',"
                                + "'id':'x1','name':'Other',")))
                .code())
        .isEqualTo("sleep-habits");
    assertThat(definition(json(base.formatted("'id':'Intake.2024',"))).code())
        .isEqualTo("intake-2024");
    assertThat(definition(json(base.formatted("'title':'睡眠 Sleep',"))).code()).isEqualTo("sleep");
    assertThat(
            definition(
                    json(
                        base.formatted(
                            "'code':[{'system':'http://loinc.org','code':'72133-2'}],'title':"
                                + "'问卷',")))
                .code())
        .isEqualTo("loinc-72133-2");
  }

  // ---- hostile questionnaires ----------------------------------------------------------------

  @Test
  void aQuestionnaireKnownByNothingIsRefused() {
    FhirRefusal refusal =
        refusedDefinition(
            json(
                "{'resourceType':'Questionnaire','status':'active','title':'问卷','item':[{"
                    + "'linkId':'q','type':'string','text':'q'}]}"));

    assertThat(refusal.status()).isEqualTo(422);
    assertThat(refusal.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo("required");
              assertThat(i.expression()).isEqualTo("Questionnaire");
            });
  }

  @Test
  void namesAndUrlsThatAreNoPlainIdentifiersAreNotRepeated() {
    FhirRefusal refusal =
        refusedDefinition(
            afterAFineItem(
                "{'linkId':'Zhang San 110101199003070012','type':'attachment','text':'ID card'},"
                    + "{'linkId':'q2','type':'choice','text':'x','answerValueSet':"
                    + "'https://vs.example.cn/ValueSet/李四-13800138000'}"));

    assertThat(refusal.issues())
        .extracting(FhirIssue::code, FhirIssue::diagnostics)
        .containsExactly(
            tuple(
                "not-supported",
                "Item (unnamed) is of type attachment, which templates here do not take"),
            tuple(
                "not-supported",
                "Item q2 takes its options from a ValueSet outside the document ((a url)): give"
                    + " them as answerOption, with their scores (ordinalValue)"));
    assertNoEcho(refusal.issues(), "Zhang", "1101", "李四", "13800138000");
  }

  @Test
  void scoresThatAreNotWholeOrOutOfRangeAreRefused() {
    for (String score : new String[] {"0.5", "1e30", "5000", "-1001"}) {
      FhirRefusal refusal =
          refusedDefinition(
              afterAFineItem(
                  "{'linkId':'q1','type':'choice','text':'x','answerOption':[{'extension':[{"
                      + "'url':'http://hl7.org/fhir/StructureDefinition/ordinalValue',"
                      + "'valueDecimal':"
                      + score
                      + "}],'valueCoding':{'code':'a'}}]}"));
      assertThat(refusal.status()).as(score).isEqualTo(422);
      assertThat(refusal.issues())
          .as(score)
          .singleElement()
          .satisfies(
              i -> {
                assertThat(i.code()).isEqualTo("invalid");
                assertThat(i.expression()).isEqualTo("Questionnaire.item[1]");
              });
      assertNoEcho(refusal.issues(), score);
    }
  }

  @Test
  void tooManyQuestionsAreRefused() {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 201; i++) {
      items
          .append(i == 0 ? "" : ",")
          .append("{'linkId':'q")
          .append(i)
          .append("','type':'string','text':'q'}");
    }

    FhirRefusal refusal = refusedDefinition(withItems(items.toString()));
    assertThat(refusal.status()).isEqualTo(422);
    assertThat(refusal.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo("invalid");
              assertThat(i.diagnostics()).contains("at most 200 questions");
            });
  }

  @Test
  void aLinkIdGivenTwiceIsRefused() {
    FhirRefusal refusal =
        refusedDefinition(
            withItems(
                "{'linkId':'q','type':'string','text':'a'},{'linkId':'g','type':'group','item':["
                    + "{'linkId':'q','type':'string','text':'b'}]}"));

    assertThat(refusal.issues())
        .singleElement()
        .extracting(FhirIssue::diagnostics)
        .isEqualTo("two questions have the same linkId");
  }

  @Test
  void anOptionCodeGivenTwiceIsRefused() {
    FhirRefusal refusal =
        refusedDefinition(
            afterAFineItem(
                "{'linkId':'q1','type':'choice','text':'x','answerOption':[{'valueCoding':{"
                    + "'code':'a'}},{'valueCoding':{'code':'a'}}]}"));

    assertThat(refusal.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo("invalid");
              assertThat(i.expression()).isEqualTo("Questionnaire.item[1]");
              assertThat(i.diagnostics()).contains("names an option code more than once");
            });
  }

  @Test
  void controlCharactersInTextAreRefused() {
    FhirRefusal refusal =
        refusedDefinition(afterAFineItem("{'linkId':'q1','type':'string','text':'a\\u0007b'}"));

    assertThat(refusal.issues())
        .singleElement()
        .extracting(FhirIssue::diagnostics)
        .isEqualTo("question.text must not contain control characters");
  }

  @Test
  void longTextIsShortenedNotRefused() {
    String long1 = "很".repeat(5000);
    QuestionnaireDefinition definition =
        definition(
            json(
                "{'resourceType':'Questionnaire','name':'long','title':'"
                    + long1
                    + "','status':'active','item':[{'linkId':'q1','type':'choice','text':'"
                    + long1
                    + "','answerOption':[{'valueCoding':{'code':'a','display':'"
                    + long1
                    + "'}}]}]}"));

    assertThat(definition.title()).hasSize(200);
    assertThat(question(definition, "q1").text()).hasSize(500);
    assertThat(question(definition, "q1").options().get(0).display()).hasSize(200);
  }

  @Test
  void itemsNestedWithoutBoundAreRefusedAtOnce() {
    String deep =
        "{'linkId':'g','type':'group','item':[".repeat(150)
            + "{'linkId':'q','type':'string','text':'q'}"
            + "]}".repeat(150);

    FhirRefusal refusal =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> refusal(withItems(deep), "Questionnaire"));
    assertThat(refusal.status()).isEqualTo(400);
    assertThat(refusal.issues().get(0).diagnostics()).contains("deeper");
  }

  @Test
  void itemsNestedInGroupsAreQuestionsInDocumentOrder() {
    String nested =
        "{'linkId':'g','type':'group','item':[".repeat(30)
            + "{'linkId':'q','type':'string','text':'q'}"
            + "]}".repeat(30);
    QuestionnaireDefinition definition =
        definition(withItems("{'linkId':'first','type':'string','text':'a'}," + nested));

    assertThat(definition.questions()).extracting(Question::linkId).containsExactly("first", "q");
    assertThat(definition.scoring()).isNull();
    assertThat(definition.questions())
        .noneMatch(q -> q.linkId().equals("g"))
        .extracting(Question::type)
        .containsOnly(QuestionType.TEXT);
  }
}
