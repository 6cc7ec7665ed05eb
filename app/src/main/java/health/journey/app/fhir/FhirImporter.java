package health.journey.app.fhir;

import health.journey.api.BusinessRuleViolation;
import health.journey.api.InvalidInput;
import health.journey.api.PatientId;
import health.journey.api.advice.Advice;
import health.journey.api.booking.BookingReadModel;
import health.journey.api.indicator.IndicatorReadModel;
import health.journey.api.patient.PatientReadModel;
import health.journey.api.questionnaire.AnswerOutcome;
import health.journey.api.questionnaire.DraftQuestionnaire;
import health.journey.api.questionnaire.FindQuestionnaireByUrlQuery;
import health.journey.api.questionnaire.FindQuestionnairesQuery;
import health.journey.api.questionnaire.PublishQuestionnaire;
import health.journey.api.questionnaire.QuestionnaireDefinition;
import health.journey.api.questionnaire.QuestionnaireReadModel;
import health.journey.api.questionnaire.QuestionnaireVersionView;
import health.journey.api.questionnaire.QuestionnaireVersions;
import health.journey.api.report.RecordExamReports;
import health.journey.api.report.ReportOutcome;
import health.journey.api.report.ReportReadModel;
import health.journey.api.risk.RiskReadModel;
import health.journey.api.rules.TaggingRules;
import health.journey.api.tagging.TaggingReadModel;
import health.journey.api.timeline.TimelineReadModel;
import health.journey.app.platform.messaging.Actor;
import health.journey.app.platform.messaging.CommandSender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports a FHIR document all or nothing: every command it comes to runs in one unit of work and
 * one database transaction, so one refused report, answer or patient stores nothing of the
 * document. Then it waits until the read models show what was stored, and says per entry what was
 * imported, what was already there, and what was ignored and why.
 */
@Component
class FhirImporter {

  private static final Logger LOG = LoggerFactory.getLogger(FhirImporter.class);

  private static final List<String> SHOWN_IN =
      List.of(
          TaggingRules.POLICY_GROUP,
          Advice.PROCESSING_GROUP,
          TaggingReadModel.PROCESSING_GROUP,
          RiskReadModel.PROCESSING_GROUP,
          PatientReadModel.PROCESSING_GROUP,
          ReportReadModel.PROCESSING_GROUP,
          IndicatorReadModel.PROCESSING_GROUP,
          QuestionnaireReadModel.ANSWERS_PROCESSING_GROUP,
          BookingReadModel.PROCESSING_GROUP,
          TimelineReadModel.PROCESSING_GROUP);

  private final CommandGateway commands;
  private final TransactionManager transactions;
  private final CommandSender sender;
  private final QueryGateway queries;

  FhirImporter(
      CommandGateway commands,
      TransactionManager transactions,
      CommandSender sender,
      QueryGateway queries) {
    this.commands = commands;
    this.transactions = transactions;
    this.sender = sender;
    this.queries = queries;
  }

  /** What an import came to: the plan with its results, and whether the read models show it. */
  record Imported(ImportPlan plan, boolean projected) {}

  Imported importContent(Resource document, Actor actor) {
    ImportPlan plan =
        ImportReading.plan(document, PatientMatcher.asking(queries), this::questionnaireNamed);
    if (plan.nothingToImport()) {
      List<FhirIssue> issues = new ArrayList<>();
      issues.add(
          FhirIssue.error(
              "processing",
              "Nothing to import: the document holds no exam report, observation with a value or"
                  + " completed questionnaire response",
              null));
      issues.addAll(OperationOutcomes.lines(plan));
      throw new FhirRefusal(422, issues);
    }
    inOneUnitOfWork(
        () -> {
          for (Map.Entry<PatientId, ImportPlan.Work> work : plan.byPatient.entrySet()) {
            record(work.getKey(), work.getValue(), actor);
          }
        });
    boolean projected = true;
    for (PatientId patient : plan.byPatient.keySet()) {
      projected &= sender.awaitReadModels(patient.toString(), SHOWN_IN);
    }
    return new Imported(plan, projected);
  }

  private void record(PatientId patient, ImportPlan.Work work, Actor actor) {
    if (!work.reports.isEmpty()) {
      RecordExamReports command =
          new RecordExamReports(
              patient, work.reports.stream().map(ImportPlan.PlannedReport::report).toList(), null);
      List<ReportOutcome> outcomes = send(command, actor, work.reports.get(0).line());
      for (int i = 0; i < outcomes.size(); i++) {
        ImportPlan.Line line = work.reports.get(i).line();
        ReportOutcome outcome = outcomes.get(i);
        line.location = "DiagnosticReport/" + outcome.reportId();
        line.result =
            switch (outcome.result()) {
              case RECORDED ->
                  "imported as exam report "
                      + outcome.reportId()
                      + " with "
                      + work.reports.get(i).report().values().size()
                      + " value(s)";
              case ALREADY_RECORDED ->
                  "already recorded as exam report " + outcome.reportId() + ": nothing changed";
              case AMENDED ->
                  "amended exam report " + outcome.reportId() + " (the sender marked it so)";
              case CONFLICT ->
                  "conflict: exam report "
                      + outcome.reportId()
                      + " was recorded with other content under the same identifier and this"
                      + " one is not marked as an amendment; it is kept for staff to resolve and"
                      + " the recorded report stands";
            };
        if (outcome.result() == ReportOutcome.Result.CONFLICT) {
          line.notes.add(
              FhirIssue.warning(
                  "duplicate",
                  "Same report identifier, other content, not marked amended or corrected",
                  line.path));
        }
      }
    }
    for (ImportPlan.PlannedAnswers answers : work.answers) {
      AnswerOutcome outcome = send(answers.command(), actor, answers.line());
      answers.line().location = "QuestionnaireResponse/" + outcome.answerId();
      String scored =
          outcome.score().total() == null
              ? ""
              : "; total "
                  + outcome.score().total()
                  + (outcome.score().bandCode() == null
                      ? ""
                      : " (" + outcome.score().bandCode() + ")")
                  + " computed from the answers";
      answers.line().result =
          (outcome.alreadyRecorded() ? "already recorded as answers " : "imported as answers ")
              + outcome.answerId()
              + " to "
              + outcome.code()
              + " version "
              + outcome.version()
              + scored;
      if (outcome.score().statedTotalDisagrees()) {
        answers
            .line()
            .notes
            .add(
                FhirIssue.warning(
                    "value",
                    "The document states a total of "
                        + outcome.score().statedTotal()
                        + "; the answers give "
                        + outcome.score().total()
                        + ", which is the score kept (the disagreement is recorded)",
                    answers.line().path));
      }
      if (!outcome.score().flags().isEmpty()) {
        answers
            .line()
            .notes
            .add(
                FhirIssue.warning(
                    "informational",
                    "Raised for a clinician: " + outcome.score().flags(),
                    answers.line().path));
      }
    }
  }

  /**
   * Imports a FHIR Questionnaire as the next published version of its template (the same
   * questionnaire again publishes nothing new).
   */
  QuestionnaireVersionView importQuestionnaire(Questionnaire questionnaire, Actor actor) {
    QuestionnaireDefinition definition = QuestionnaireImport.definition(questionnaire);
    DraftQuestionnaire draft = new DraftQuestionnaire(definition);
    inOneUnitOfWork(
        () -> {
          send(draft, actor, null);
          send(new PublishQuestionnaire(draft.templateId(), null), actor, null);
        });
    sender.awaitReadModels(
        draft.templateId(), List.of(QuestionnaireReadModel.TEMPLATES_PROCESSING_GROUP));
    return queries
        .query(
            new FindQuestionnairesQuery(definition.code(), null, true), QuestionnaireVersions.class)
        .join()
        .versions()
        .stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("A published questionnaire is not shown"));
  }

  /** The code of the published questionnaire documents name by {@code url}. */
  private Optional<String> questionnaireNamed(String url) {
    return Optional.ofNullable(
        queries
            .query(new FindQuestionnaireByUrlQuery(url), FindQuestionnaireByUrlQuery.Match.class)
            .join()
            .code());
  }

  @SuppressWarnings("unchecked")
  private <R> R send(Object command, Actor actor, ImportPlan.Line line) {
    try {
      return (R)
          commands.sendAndWait(
              GenericCommandMessage.asCommandMessage(command).andMetaData(actor.metaData()));
    } catch (InvalidInput refused) {
      throw FhirRefusal.unprocessable(
          "invalid", refused.getMessage(), line == null ? null : line.path);
    } catch (BusinessRuleViolation refused) {
      throw FhirRefusal.unprocessable(
          "business-rule", refused.getMessage(), line == null ? null : line.path);
    } catch (AggregateNotFoundException unknown) {
      throw FhirRefusal.unprocessable(
          "not-found", "The patient is not known here", line == null ? null : line.path);
    }
  }

  /** Runs {@code work} in one unit of work and transaction: all of it is stored, or none. */
  private void inOneUnitOfWork(Runnable work) {
    UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
    unitOfWork.attachTransaction(transactions);
    try {
      work.run();
    } catch (RuntimeException failed) {
      unitOfWork.rollback(failed);
      throw failed;
    }
    try {
      unitOfWork.commit();
    } catch (RuntimeException failed) {
      LOG.warn("A FHIR import could not be committed; nothing of it was stored", failed);
      throw failed;
    }
  }
}
