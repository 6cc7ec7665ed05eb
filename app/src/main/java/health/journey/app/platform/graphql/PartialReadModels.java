package health.journey.app.platform.graphql;

import health.journey.app.platform.axon.Replays;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * While a projection is being rebuilt by a replay, its read model is partial: every answer says so
 * in {@code extensions.partialReadModels} (the processing groups being rebuilt), so a dashboard can
 * show that figures are incomplete rather than wrong.
 */
@Component
class PartialReadModels implements WebGraphQlInterceptor {

  private final Replays replays;

  PartialReadModels(Replays replays) {
    this.replays = replays;
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    return chain
        .next(request)
        .map(
            response -> {
              List<String> rebuilding = replays.rebuilding();
              if (rebuilding.isEmpty()) {
                return response;
              }
              return response.transform(
                  builder -> builder.extensions(Map.of("partialReadModels", rebuilding)));
            });
  }
}
