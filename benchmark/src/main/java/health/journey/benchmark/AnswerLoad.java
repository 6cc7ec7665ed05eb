package health.journey.benchmark;

import health.journey.api.questionnaire.Answer;
import health.journey.benchmark.population.Population;
import health.journey.benchmark.population.Screeners;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Questionnaire answers through the real API: PHQ-9 answers of random patients recorded with the
 * {@code answerQuestionnaire} mutation over HTTP from concurrent clients, each answered with the
 * score once the read model shows it (read-your-writes), as a health manager enters a screener
 * filled in on paper.
 */
final class AnswerLoad {

  private static final String ANSWER =
      """
      mutation($in: AnswerQuestionnaireInput!) {
        answerQuestionnaire(input: $in) { answerId answer { score { total bandCode flags } } }
      }""";

  static ClosedLoop.Result run(AppProcess app, Population population, Options options, int seconds)
      throws Exception {
    return ClosedLoop.run(
        options.clients(),
        seconds,
        client -> {
          ApiClient api = new ApiClient(app.httpPort(), "hm.li", "journey-hm");
          Random random = new Random(options.seed() * 37 + client);
          return () -> {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put(
                "patientId", population.patientId(random.nextInt(options.patients())).toString());
            input.put("code", Screeners.PHQ9.code());
            List<Map<String, Object>> answers = new ArrayList<>();
            for (Answer answer :
                Screeners.answers(random, Screeners.PHQ9, Screeners.severity(random))) {
              answers.add(Map.of("linkId", answer.linkId(), "codes", answer.codes()));
            }
            input.put("answers", answers);
            api.graphQlAnswered(ANSWER, Map.of("in", input));
          };
        });
  }

  private AnswerLoad() {}
}
