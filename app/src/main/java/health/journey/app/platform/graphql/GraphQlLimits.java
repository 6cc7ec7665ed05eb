package health.journey.app.platform.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one GraphQL request may ask of the server ({@code journey.graphql}).
 *
 * @param maxRequestSize the largest request body; a larger one is refused with HTTP 413 before it
 *     is read
 * @param maxDepth how deeply fields may nest (the deepest query of the schema's own use nests 7
 *     fields; the standard introspection query 13)
 * @param maxComplexity the most work one request may ask for: each field counts one, and a paged
 *     field counts its selection once per row of the page
 */
@ConfigurationProperties("journey.graphql")
public record GraphQlLimits(
    @DefaultValue("1MB") DataSize maxRequestSize,
    @DefaultValue("15") int maxDepth,
    @DefaultValue("20000") int maxComplexity) {}
