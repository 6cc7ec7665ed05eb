package health.journey.app.questionnaire;

import graphql.schema.DataFetchingEnvironment;
import health.journey.api.InvalidInput;
import health.journey.api.NotFound;
import health.journey.api.PatientId;
import health.journey.api.advice.Advice;
import health.journey.api.patient.PatientReadModel;
import health.journey.api.patient.PatientView;
import health.journey.api.questionnaire.Answer;
import health.journey.api.questionnaire.AnswerOption;
import health.journey.api.questionnaire.AnswerQuestionnaire;
import health.journey.api.questionnaire.AnswerSource;
import health.journey.api.questionnaire.AnswerView;
import health.journey.api.questionnaire.DraftQuestionnaire;
import health.journey.api.questionnaire.FindAnswersQuery;
import health.journey.api.questionnaire.FindQuestionnairesQuery;
import health.journey.api.questionnaire.ItemRule;
import health.journey.api.questionnaire.PatientAnswers;
import health.journey.api.questionnaire.PublishQuestionnaire;
import health.journey.api.questionnaire.Question;
import health.journey.api.questionnaire.QuestionnaireDefinition;
import health.journey.api.questionnaire.QuestionnaireReadModel;
import health.journey.api.questionnaire.QuestionnaireVersionView;
import health.journey.api.questionnaire.QuestionnaireVersions;
import health.journey.api.questionnaire.RetireQuestionnaire;
import health.journey.api.questionnaire.ScoreBand;
import health.journey.api.questionnaire.Scoring;
import health.journey.api.risk.RiskReadModel;
import health.journey.api.rules.TaggingRules;
import health.journey.api.tagging.TaggingReadModel;
import health.journey.api.timeline.TimelineReadModel;
import health.journey.app.platform.graphql.Mutations;
import health.journey.app.platform.graphql.Pages;
import health.journey.app.platform.graphql.PatientMutations;
import health.journey.app.platform.graphql.PatientPayload;
import health.journey.app.platform.graphql.ProjectionLag;
import health.journey.app.platform.messaging.CommandTarget;
import health.journey.app.questionnaire.QuestionnaireInputs.AnswerQuestionnaireInput;
import health.journey.app.questionnaire.QuestionnaireInputs.DraftQuestionnaireInput;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Questionnaires (问卷调查, 问诊表): templates staff draft, publish as versions and retire, and a
 * patient's answers, checked and scored by the product.
 */
@Controller
class QuestionnaireController {

  private static final List<String> TEMPLATES_SHOWN_IN =
      List.of(QuestionnaireReadModel.TEMPLATES_PROCESSING_GROUP);

  private static final List<String> ANSWERS_SHOWN_IN =
      List.of(
          TaggingRules.POLICY_GROUP,
          Advice.PROCESSING_GROUP,
          TaggingReadModel.PROCESSING_GROUP,
          RiskReadModel.PROCESSING_GROUP,
          QuestionnaireReadModel.ANSWERS_PROCESSING_GROUP,
          PatientReadModel.PROCESSING_GROUP,
          TimelineReadModel.PROCESSING_GROUP);

  private final QueryGateway queries;
  private final Mutations mutations;
  private final PatientMutations patients;

  QuestionnaireController(QueryGateway queries, Mutations mutations, PatientMutations patients) {
    this.queries = queries;
    this.mutations = mutations;
    this.patients = patients;
  }

  /** What a questionnaire mutation answers. */
  record QuestionnairePayload(String code, String clientRequestId, boolean projected) {}

  /** What answering a questionnaire answers. */
  record AnswerPayload(PatientPayload patient, String answerId) {}

  @QueryMapping
  List<QuestionnaireVersionView> questionnaires(@Argument Boolean includeRetired) {
    return queries
        .query(
            new FindQuestionnairesQuery(null, null, Boolean.TRUE.equals(includeRetired)),
            QuestionnaireVersions.class)
        .join()
        .versions();
  }

  @QueryMapping
  QuestionnaireVersionView questionnaire(@Argument String code, @Argument Integer version) {
    return find(InvalidInput.requireName(code, "code", 64), version);
  }

  @MutationMapping
  QuestionnairePayload draftQuestionnaire(
      @Argument DraftQuestionnaireInput input, DataFetchingEnvironment env) {
    QuestionnaireDefinition definition = definition(input);
    DraftQuestionnaire command = new DraftQuestionnaire(definition);
    return payload(mutations.send(env, command, target(command.templateId())), definition.code());
  }

  @MutationMapping
  QuestionnairePayload publishQuestionnaire(@Argument String code, DataFetchingEnvironment env) {
    String checked = InvalidInput.requireName(code, "code", 64);
    String id = DraftQuestionnaire.idOf(checked);
    return payload(mutations.send(env, new PublishQuestionnaire(id, null), target(id)), checked);
  }

  @MutationMapping
  QuestionnairePayload retireQuestionnaire(@Argument String code, DataFetchingEnvironment env) {
    String checked = InvalidInput.requireName(code, "code", 64);
    String id = DraftQuestionnaire.idOf(checked);
    return payload(mutations.send(env, new RetireQuestionnaire(id, null), target(id)), checked);
  }

  @SchemaMapping(typeName = "QuestionnairePayload", field = "questionnaire")
  QuestionnaireVersionView payloadQuestionnaire(QuestionnairePayload payload) {
    if (!payload.projected()) {
      throw new ProjectionLag(payload.code());
    }
    return find(payload.code(), null);
  }

  @MutationMapping
  AnswerPayload answerQuestionnaire(
      @Argument AnswerQuestionnaireInput input, DataFetchingEnvironment env) {
    PatientId id = PatientId.parse(input.patientId(), "patientId");
    String answerId = UUID.randomUUID().toString();
    AnswerQuestionnaire command =
        new AnswerQuestionnaire(
            id,
            answerId,
            input.code(),
            input.version(),
            input.answers() == null
                ? null
                : input.answers().stream()
                    .map(a -> new Answer(a.linkId(), a.codes(), a.number(), a.text(), a.date()))
                    .toList(),
            input.statedTotal(),
            AnswerSource.API,
            input.occurredAt());
    Mutations.Sent sent = patients.sent(env, command, id, ANSWERS_SHOWN_IN);
    return new AnswerPayload(PatientMutations.payload(sent), answerId);
  }

  @SchemaMapping(typeName = "AnswerPayload", field = "patientId")
  String answerPatientId(AnswerPayload payload) {
    return payload.patient().patientId();
  }

  @SchemaMapping(typeName = "AnswerPayload", field = "clientRequestId")
  String answerRequestId(AnswerPayload payload) {
    return payload.patient().clientRequestId();
  }

  @SchemaMapping(typeName = "AnswerPayload", field = "patient")
  PatientPayload answerPatient(AnswerPayload payload) {
    return payload.patient();
  }

  @SchemaMapping(typeName = "AnswerPayload", field = "answer")
  AnswerView answerRead(AnswerPayload payload) {
    if (!payload.patient().projected()) {
      throw new ProjectionLag(payload.patient().patientId());
    }
    PatientAnswers answers =
        queries
            .query(
                new FindAnswersQuery(
                    List.of(PatientId.of(payload.patient().patientId())), payload.answerId(), 1),
                PatientAnswers.class)
            .join();
    return answers.byPatient().getOrDefault(payload.patient().patientId(), List.of()).stream()
        .findFirst()
        .orElse(null);
  }

  /** A patient's answers; the page size differs per use, so it is resolved per patient. */
  @SchemaMapping(typeName = "Patient", field = "questionnaireAnswers")
  List<AnswerView> questionnaireAnswers(PatientView patient, DataFetchingEnvironment env) {
    return queries
        .query(
            new FindAnswersQuery(List.of(patient.id()), null, Pages.size(env)),
            PatientAnswers.class)
        .join()
        .byPatient()
        .getOrDefault(patient.id().toString(), List.of());
  }

  private QuestionnaireVersionView find(String code, Integer version) {
    return queries
        .query(new FindQuestionnairesQuery(code, version, true), QuestionnaireVersions.class)
        .join()
        .versions()
        .stream()
        .findFirst()
        .orElse(null);
  }

  private static CommandTarget target(String templateId) {
    return new CommandTarget(
        templateId,
        TEMPLATES_SHOWN_IN,
        id -> new NotFound("QUESTIONNAIRE_NOT_FOUND", "No questionnaire with id " + id));
  }

  private static QuestionnairePayload payload(Mutations.Sent sent, String code) {
    return new QuestionnairePayload(code, sent.clientRequestId(), sent.projected());
  }

  private static QuestionnaireDefinition definition(DraftQuestionnaireInput input) {
    InvalidInput.require(input.questions() != null, "questions", "give at least one question");
    return new QuestionnaireDefinition(
        input.code(),
        input.title(),
        input.description(),
        input.questions().stream()
            .map(
                q ->
                    new Question(
                        q.linkId(),
                        q.text(),
                        q.type(),
                        Boolean.TRUE.equals(q.required()),
                        q.options() == null
                            ? List.of()
                            : q.options().stream()
                                .map(o -> new AnswerOption(o.code(), o.display(), o.points()))
                                .toList(),
                        q.min(),
                        q.max(),
                        q.unit(),
                        q.code()))
            .toList(),
        input.scoring() == null
            ? null
            : new Scoring(
                input.scoring().bands() == null
                    ? List.of()
                    : input.scoring().bands().stream()
                        .map(
                            b -> {
                              InvalidInput.require(
                                  b.from() != null && b.to() != null,
                                  "scoring.bands",
                                  "a band needs from and to");
                              return new ScoreBand(
                                  b.from(), b.to(), b.code(), b.label(), b.labelZh());
                            })
                        .toList(),
                input.scoring().itemRules() == null
                    ? List.of()
                    : input.scoring().itemRules().stream()
                        .map(
                            r ->
                                new ItemRule(
                                    r.linkId(),
                                    r.minPoints() == null ? 1 : r.minPoints(),
                                    r.flag(),
                                    r.description()))
                        .toList(),
                input.scoring().statedTotalLinkId(),
                input.scoring().source()),
        input.fhirUrl(),
        input.loinc());
  }
}
