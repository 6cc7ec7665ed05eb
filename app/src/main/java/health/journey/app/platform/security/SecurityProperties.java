package health.journey.app.platform.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may sign in ({@code journey.security}).
 *
 * @param users the accounts, each with a password hash ({@code {bcrypt}…}) and the one role it acts
 *     in
 * @param credentialCacheTtl how long a verified name and password are remembered, so a client
 *     sending HTTP Basic on every request pays for the deliberately slow hash once, not on every
 *     call
 */
@ConfigurationProperties("journey.security")
public record SecurityProperties(
    @DefaultValue List<User> users, @DefaultValue("5m") Duration credentialCacheTtl) {

  /**
   * @param name the user name, which becomes the actor id on every event the user causes
   * @param password the password hash, e.g. {@code {bcrypt}$2a$10$…}
   * @param role the role the user acts in
   */
  public record User(String name, String password, StaffRole role) {}
}
