package health.journey.app.platform.graphql;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import health.journey.app.platform.security.Staff;
import health.journey.app.platform.security.StaffRole;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who is asking: the signed-in staff member, put into each request's GraphQL context once, so every
 * field reads the role from there instead of working it out again.
 */
@Component
public class Viewer implements WebGraphQlInterceptor {

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    Staff staff = Staff.of(SecurityContextHolder.getContext().getAuthentication());
    if (staff != null) {
      request.configureExecutionInput(
          (input, builder) -> {
            input.getGraphQLContext().put(Staff.class, staff);
            return input;
          });
    }
    return chain.next(request);
  }

  /** The staff member asking, or null. */
  public static Staff staff(DataFetchingEnvironment env) {
    GraphQLContext context = env.getGraphQlContext();
    Staff staff = context == null ? null : context.get(Staff.class);
    return staff != null ? staff : Staff.of(SecurityContextHolder.getContext().getAuthentication());
  }

  /** The role of the staff member asking, or null. */
  public static StaffRole role(DataFetchingEnvironment env) {
    Staff staff = staff(env);
    return staff == null ? null : staff.role();
  }
}
