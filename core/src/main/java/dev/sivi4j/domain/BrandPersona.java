package dev.sivi4j.domain;

import java.util.List;
import java.util.Optional;

/**
 * Who a brand speaks to and how: sent as {@code brand.brandPersona}.
 *
 * <p>The service lists allowed ids for {@code industry} (for example {@code "fashion"}, {@code
 * "games"}) and {@code emotions} (for example {@code "happy"}); sivi4j checks only their shape, so new
 * ids the service adds work without an upgrade.
 *
 * @param emotions emotion ids, possibly empty
 * @param industry an industry id, if any
 * @param audience free-text audience descriptions, possibly empty
 * @param designTags free-text design tags, possibly empty
 */
public record BrandPersona(
    List<String> emotions, Optional<String> industry, List<String> audience, List<String> designTags) {

  private static final int MAX_ITEMS = 50;
  private static final int MAX_TEXT = 200;

  /**

   * Validates and copies every field.

   *

   * @param emotions see the record description

   * @param industry see the record description

   * @param audience see the record description

   * @param designTags see the record description

   */

  public BrandPersona {
    emotions = Checks.texts(emotions, "brandPersona.emotions", MAX_ITEMS, MAX_TEXT);
    industry.ifPresent(value -> Checks.text(value, "brandPersona.industry", MAX_TEXT));
    audience = Checks.texts(audience, "brandPersona.audience", MAX_ITEMS, MAX_TEXT);
    designTags = Checks.texts(designTags, "brandPersona.designTags", MAX_ITEMS, MAX_TEXT);
  }

  /**
   * Starts an empty persona.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BrandPersona}; every field is optional. */
  public static final class Builder {
    private List<String> emotions = List.of();
    private Optional<String> industry = Optional.empty();
    private List<String> audience = List.of();
    private List<String> designTags = List.of();

    private Builder() {}

    /**
     * Sets the emotion ids.
     *
     * @param emotions for example {@code "happy"}
     * @return this builder
     */
    public Builder emotions(String... emotions) {
      this.emotions = List.of(emotions);
      return this;
    }

    /**
     * Sets the industry id.
     *
     * @param industry for example {@code "games"}
     * @return this builder
     */
    public Builder industry(String industry) {
      this.industry = Optional.of(industry);
      return this;
    }

    /**
     * Sets the audience descriptions.
     *
     * @param audience for example {@code "working mom"}
     * @return this builder
     */
    public Builder audience(String... audience) {
      this.audience = List.of(audience);
      return this;
    }

    /**
     * Sets the design tags.
     *
     * @param designTags for example {@code "minimal"}
     * @return this builder
     */
    public Builder designTags(String... designTags) {
      this.designTags = List.of(designTags);
      return this;
    }

    /**
     * Builds the persona.
     *
     * @return the validated persona
     */
    public BrandPersona build() {
      return new BrandPersona(emotions, industry, audience, designTags);
    }
  }
}
