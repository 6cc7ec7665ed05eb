package health.journey.app.platform.graphql;

import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;

/**
 * What one request may ask of the server ({@code journey.graphql}): a bounded body, a bounded
 * nesting depth and a bounded amount of work, so that no single client, careless or hostile, can
 * tie up the database or the heap. graphql-java already caps a document at 15,000 tokens.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

  /** The largest page any connection field serves; a larger {@code first} is refused there. */
  private static final int LARGEST_PAGE = 500;

  @Bean
  FilterRegistrationBean<GraphQlHttpFilter> graphQlHttp(GraphQlLimits limits) {
    var registration = new FilterRegistrationBean<>(new GraphQlHttpFilter(limits.maxRequestSize()));
    registration.addUrlPatterns("/graphql");
    return registration;
  }

  @Bean
  Instrumentation maxQueryDepth(GraphQlLimits limits) {
    return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
      @Override
      protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
        return refusal(
            "QUERY_TOO_DEEP",
            "The query nests its fields %d deep; at most %d is allowed".formatted(depth, maxDepth));
      }
    };
  }

  @Bean
  Instrumentation maxQueryComplexity(GraphQlLimits limits) {
    return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), pagesCount()) {
      @Override
      protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
        return refusal(
            "QUERY_TOO_COMPLEX",
            ("The query asks for too much at once: it costs %,d, at most %,d is allowed (every"
                    + " field counts one, a paged field counts its selection once per row); ask"
                    + " for smaller pages or fewer nested lists")
                .formatted(complexity, maxComplexity));
      }
    };
  }

  /** Nothing was executed; the answer is a request error with our classification and a code. */
  private static AbortExecutionException refusal(String code, String message) {
    return new AbortExecutionException(
        List.of(
            GraphqlErrorBuilder.newError()
                .errorType(ErrorType.BAD_REQUEST)
                .message(message)
                .locations(null)
                .extensions(Map.of("code", code))
                .build()));
  }

  /**
   * Every field costs one; a paged field costs what it selects for each row of its page ({@code
   * first}, with its default when not given). A page of 20 patients with their tags costs a few
   * hundred; 100 patients with 500 timeline entries each costs hundreds of thousands.
   */
  static FieldComplexityCalculator pagesCount() {
    return (env, childComplexity) -> {
      Object first = env.getArguments().get("first");
      int largest = Pages.largest(env.getFieldDefinition());
      int rows =
          first instanceof Integer n
              ? Math.min(Math.max(n, 1), largest > 0 ? largest : LARGEST_PAGE)
              : 1;
      return 1 + rows * childComplexity;
    };
  }
}
