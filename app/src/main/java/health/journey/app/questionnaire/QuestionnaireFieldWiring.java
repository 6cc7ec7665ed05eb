package health.journey.app.questionnaire;

import graphql.TrivialDataFetcher;
import health.journey.api.questionnaire.AnswerSheet;
import health.journey.api.questionnaire.AnswerView;
import health.journey.api.questionnaire.QuestionnaireVersionView;
import health.journey.app.platform.graphql.PlainFields;
import health.journey.app.platform.graphql.Viewer;
import health.journey.app.platform.security.Disclosure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Questionnaire fields read from what their parent holds. */
@Configuration(proxyBeanMethods = false)
class QuestionnaireFieldWiring {

  @Bean
  RuntimeWiringConfigurer questionnaireFields() {
    return wiring ->
        wiring
            .type(
                "Questionnaire",
                type ->
                    type.dataFetcher(
                            "title",
                            PlainFields.of(
                                QuestionnaireVersionView.class, v -> v.definition().title()))
                        .dataFetcher(
                            "description",
                            PlainFields.of(
                                QuestionnaireVersionView.class, v -> v.definition().description()))
                        .dataFetcher(
                            "questions",
                            PlainFields.of(
                                QuestionnaireVersionView.class, v -> v.definition().questions()))
                        .dataFetcher(
                            "scoring",
                            PlainFields.of(
                                QuestionnaireVersionView.class, v -> v.definition().scoring()))
                        .dataFetcher(
                            "fhirUrl",
                            PlainFields.of(
                                QuestionnaireVersionView.class, v -> v.definition().fhirUrl()))
                        .dataFetcher(
                            "loinc",
                            PlainFields.of(
                                QuestionnaireVersionView.class, v -> v.definition().loinc())))
            .type(
                "QuestionnaireAnswer",
                type ->
                    type.dataFetcher(
                        "given",
                        (TrivialDataFetcher<Object>)
                            env ->
                                Disclosure.reveal(
                                        ((AnswerView) env.getSource()).answers(), Viewer.role(env))
                                    .map(AnswerSheet::answers)
                                    .orElse(null)));
  }
}
