package health.journey.command.questionnaire;

import health.journey.api.questionnaire.FindQuestionnaireByUrlQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers which published questionnaire a document names, from the published versions. */
@Component
class PublishedQuestionnaireQueries {

  private final QuestionnaireVersions versions;

  PublishedQuestionnaireQueries(QuestionnaireVersions versions) {
    this.versions = versions;
  }

  @QueryHandler
  FindQuestionnaireByUrlQuery.Match handle(FindQuestionnaireByUrlQuery query) {
    return versions
        .codeOf(query.url())
        .flatMap(code -> versions.find(code, null))
        .map(p -> new FindQuestionnaireByUrlQuery.Match(p.code(), p.version()))
        .orElse(new FindQuestionnaireByUrlQuery.Match(null, null));
  }
}
