package health.journey.app.platform.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Clients send the same few documents over and over with different variables: each is parsed and
 * validated once, then served from memory. Bounded, so arbitrary documents cannot fill the heap.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCache implements PreparsedDocumentProvider {

  private static final int MAX_DOCUMENTS = 2_000;
  private static final int MAX_DOCUMENT_LENGTH = 20_000;

  private final ConcurrentHashMap<String, PreparsedDocumentEntry> documents =
      new ConcurrentHashMap<>();

  @Bean
  GraphQlSourceBuilderCustomizer cachedDocuments() {
    return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
  }

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
      ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    String query = input.getQuery();
    PreparsedDocumentEntry cached = documents.get(query);
    if (cached == null) {
      cached = parseAndValidate.apply(input);
      if (query.length() <= MAX_DOCUMENT_LENGTH && documents.size() < MAX_DOCUMENTS) {
        documents.putIfAbsent(query, cached);
      }
    }
    return CompletableFuture.completedFuture(cached);
  }
}
