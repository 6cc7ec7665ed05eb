package health.journey.app.risk;

import graphql.schema.DataFetchingEnvironment;
import health.journey.api.patient.PatientView;
import health.journey.api.risk.FindRiskAssessmentsQuery;
import health.journey.api.risk.RiskAssessment;
import health.journey.api.risk.RiskView;
import health.journey.app.platform.graphql.Viewer;
import health.journey.app.platform.security.Disclosure;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import tools.jackson.databind.json.JsonMapper;

/** A patient's risk assessments (疾病风险评估), each with its inputs and what was missing. */
@Controller
class RiskController {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final QueryGateway queries;

  RiskController(QueryGateway queries) {
    this.queries = queries;
  }

  /** An assessment shown: the view and what its sealed part says, for this viewer. */
  record Shown(RiskView view, RiskAssessment assessment) {}

  @SchemaMapping(typeName = "Patient", field = "riskAssessments")
  List<Shown> riskAssessments(PatientView patient, DataFetchingEnvironment env) {
    Map<String, List<RiskView>> found =
        queries
            .query(
                new FindRiskAssessmentsQuery(List.of(patient.id())),
                FindRiskAssessmentsQuery.PatientRisks.class)
            .join()
            .byPatient();
    return found.getOrDefault(patient.id().toString(), List.of()).stream()
        .map(
            v ->
                new Shown(
                    v,
                    Disclosure.reveal(v.assessment(), Viewer.role(env))
                        .map(json -> JSON.readValue(json, RiskAssessment.class))
                        .orElse(null)))
        .filter(s -> s.assessment() != null)
        .toList();
  }

  @SchemaMapping(typeName = "RiskAssessment", field = "model")
  String model(Shown shown) {
    return shown.view().model();
  }

  @SchemaMapping(typeName = "RiskAssessment", field = "modelVersion")
  String modelVersion(Shown shown) {
    return shown.view().modelVersion();
  }

  @SchemaMapping(typeName = "RiskAssessment", field = "band")
  String band(Shown shown) {
    return shown.view().band();
  }

  @SchemaMapping(typeName = "RiskAssessment", field = "assessedAt")
  java.time.Instant assessedAt(Shown shown) {
    return shown.view().assessedAt();
  }

  @SchemaMapping(typeName = "RiskAssessment", field = "causeEventId")
  String causeEventId(Shown shown) {
    return shown.view().causeEventId();
  }

  @SchemaMapping(typeName = "RiskAssessment", field = "score")
  java.math.BigDecimal score(Shown shown) {
    return shown.assessment().score();
  }

  @SchemaMapping(typeName = "RiskAssessment", field = "scoreUnit")
  String scoreUnit(Shown shown) {
    return shown.assessment().scoreUnit();
  }

  @SchemaMapping(typeName = "RiskAssessment", field = "bandExplanation")
  String bandExplanation(Shown shown) {
    return shown.assessment().bandExplanation();
  }

  @SchemaMapping(typeName = "RiskAssessment", field = "inputs")
  List<health.journey.api.rules.RuleFact> inputs(Shown shown) {
    return shown.assessment().inputs();
  }

  @SchemaMapping(typeName = "RiskAssessment", field = "missingInputs")
  List<String> missingInputs(Shown shown) {
    return shown.assessment().missingInputs();
  }

  @SchemaMapping(typeName = "RiskAssessment", field = "noScoreReason")
  String noScoreReason(Shown shown) {
    return shown.assessment().noScoreReason();
  }
}
