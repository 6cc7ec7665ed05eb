package health.journey.api.consent;

import health.journey.api.InvalidInput;

/**
 * A consent given together with another act (e.g. at card opening): the purpose, channel and
 * wording version.
 */
public record ConsentGrant(ConsentPurpose purpose, ConsentChannel channel, String wordingVersion) {

  public ConsentGrant {
    InvalidInput.require(purpose != null, "purpose", "purpose is required");
    InvalidInput.require(channel != null, "channel", "channel is required");
    wordingVersion = WordingVersion.require(wordingVersion);
  }
}
