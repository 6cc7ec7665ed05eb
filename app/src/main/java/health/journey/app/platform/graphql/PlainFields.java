package health.journey.app.platform.graphql;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import java.util.function.Function;

/**
 * Fields computed from what their parent already holds (an id as text, an age, a count): plain data
 * fetchers, which graphql-java and Spring call without the per-field work (instrumentation, context
 * propagation) a fetcher that may block or go elsewhere needs.
 */
public final class PlainFields {

  private PlainFields() {}

  /** A field whose value {@code value} computes from its parent of type {@code S}. */
  public static <S> DataFetcher<Object> of(Class<S> source, Function<S, Object> value) {
    return (TrivialDataFetcher<Object>) env -> value.apply(source.cast(env.getSource()));
  }
}
