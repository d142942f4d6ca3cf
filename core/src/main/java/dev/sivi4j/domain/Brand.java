package dev.sivi4j.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Brand details sent with login-user so the Sivi widget can skip its brand onboarding.
 *
 * <p>Name and description are required (the widget needs both); everything else is optional. URLs
 * must be absolute {@code http} or {@code https} URLs, colours hex ({@code #RGB} or {@code #RRGGBB}).
 *
 * @param name the brand name, sent as {@code brandName}
 * @param description the brand description or tagline, sent as {@code brandDescription}
 * @param url the brand's website, sent as {@code brandUrl}
 * @param logoUrl a direct image URL of the logo, sent as {@code brandLogo}
 * @param colors hex colours, sent as {@code brandColors}
 * @param fonts font names, sent as {@code brandFonts}
 * @param persona the brand persona, sent as {@code brandPersona}
 */
public record Brand(
    String name,
    String description,
    Optional<String> url,
    Optional<String> logoUrl,
    List<String> colors,
    List<String> fonts,
    Optional<BrandPersona> persona) {

  private static final Pattern HEX_COLOR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

  /**

   * Validates and copies every field.

   *

   * @param name see the record description

   * @param description see the record description

   * @param url see the record description

   * @param logoUrl see the record description

   * @param colors see the record description

   * @param fonts see the record description

   * @param persona see the record description

   */

  public Brand {
    Checks.text(name, "brand.brandName", 200);
    Checks.text(description, "brand.brandDescription", 2000);
    url.ifPresent(value -> webUrl(value, "brand.brandUrl"));
    logoUrl.ifPresent(value -> webUrl(value, "brand.brandLogo"));
    colors = Checks.texts(colors, "brand.brandColors", 20, 7);
    for (int i = 0; i < colors.size(); i++) {
      if (!HEX_COLOR.matcher(colors.get(i)).matches()) {
        throw new IllegalArgumentException(
            "brand.brandColors[" + i + "] must be a hex colour like #5662EC (was \"" + colors.get(i) + "\")");
      }
    }
    fonts = Checks.texts(fonts, "brand.brandFonts", 20, 100);
    Objects.requireNonNull(persona, "persona");
  }

  private static void webUrl(String value, String field) {
    Checks.text(value, field, 2048);
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException(
            field + " must be an absolute http(s) URL (was \"" + value + "\")");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(field + " is not a valid URL: " + e.getMessage(), e);
    }
  }

  /**
   * Starts a brand with its two required fields.
   *
   * @param name the brand name
   * @param description the brand description
   * @return a builder
   */
  public static Builder builder(String name, String description) {
    return new Builder(name, description);
  }

  /** Builds a {@link Brand}. */
  public static final class Builder {
    private final String name;
    private final String description;
    private Optional<String> url = Optional.empty();
    private Optional<String> logoUrl = Optional.empty();
    private List<String> colors = List.of();
    private List<String> fonts = List.of();
    private Optional<BrandPersona> persona = Optional.empty();

    private Builder(String name, String description) {
      this.name = name;
      this.description = description;
    }

    /**
     * Sets the website.
     *
     * @param url an absolute http(s) URL
     * @return this builder
     */
    public Builder url(String url) {
      this.url = Optional.of(url);
      return this;
    }

    /**
     * Sets the logo.
     *
     * @param logoUrl a direct image URL
     * @return this builder
     */
    public Builder logoUrl(String logoUrl) {
      this.logoUrl = Optional.of(logoUrl);
      return this;
    }

    /**
     * Sets the colours.
     *
     * @param colors hex colours such as {@code #5662EC}
     * @return this builder
     */
    public Builder colors(String... colors) {
      this.colors = List.of(colors);
      return this;
    }

    /**
     * Sets the fonts.
     *
     * @param fonts font names such as {@code Inter}
     * @return this builder
     */
    public Builder fonts(String... fonts) {
      this.fonts = List.of(fonts);
      return this;
    }

    /**
     * Sets the persona.
     *
     * @param persona the persona
     * @return this builder
     */
    public Builder persona(BrandPersona persona) {
      this.persona = Optional.of(persona);
      return this;
    }

    /**
     * Builds the brand.
     *
     * @return the validated brand
     * @throws IllegalArgumentException naming the first invalid field
     */
    public Brand build() {
      return new Brand(name, description, url, logoUrl, colors, fonts, persona);
    }
  }
}
