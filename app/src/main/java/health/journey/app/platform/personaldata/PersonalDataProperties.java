package health.journey.app.platform.personaldata;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How personal data is protected ({@code journey.personal-data}).
 *
 * @param masterKey the base64 of a 256-bit key that wraps every subject key; when unset, the key in
 *     {@code masterKeyFile} is used (and created on first start). Losing it loses all personal
 *     data: back it up.
 * @param masterKeyFile where the master key is kept when {@code masterKey} is not given
 * @param keyCacheSize how many subject keys are kept in memory
 */
@ConfigurationProperties("journey.personal-data")
public record PersonalDataProperties(
    String masterKey, Path masterKeyFile, @DefaultValue("200000") int keyCacheSize) {}
