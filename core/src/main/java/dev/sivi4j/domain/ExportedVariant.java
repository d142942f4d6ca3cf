package dev.sivi4j.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A design variant in an export.
 *
 * @param variantId the variant's id
 * @param imageUrl the rendered image
 * @param editLink a link that opens it in the Sivi editor
 * @param width width in pixels, when the service sends it
 * @param height height in pixels, when the service sends it
 * @param type {@code GENERATED} or {@code EDITED}, when the service sends it
 */
public record ExportedVariant(
    String variantId,
    String imageUrl,
    String editLink,
    OptionalInt width,
    OptionalInt height,
    Optional<String> type) {
  /**
   * Validates every field.
   *
   * @param variantId see the record description
   * @param imageUrl see the record description
   * @param editLink see the record description
   * @param width see the record description
   * @param height see the record description
   * @param type see the record description
   */
  public ExportedVariant {
    Objects.requireNonNull(variantId, "variantId");
    Objects.requireNonNull(imageUrl, "variantImageUrl");
    Objects.requireNonNull(editLink, "variantEditLink");
    Objects.requireNonNull(width, "variantWidth");
    Objects.requireNonNull(height, "variantHeight");
    Objects.requireNonNull(type, "variantType");
  }
}
