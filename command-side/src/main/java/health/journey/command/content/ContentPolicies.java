package health.journey.command.content;

import health.journey.api.content.ContentPolicy;
import org.springframework.stereotype.Component;

/** The content policy as the command side applies it: the forbidden-claims check. */
@Component
class ContentPolicies implements ContentPolicy {

  private final ForbiddenClaims claims = new ForbiddenClaims();

  @Override
  public void check(String text) {
    claims.check(text);
  }
}
