package dev.sivi4j.domain;

import java.util.Objects;

/**
 * Usage counts over a period (the past year, or one month).
 *
 * @param generatedDesignVariations design variations generated
 * @param editedDesigns designs edited
 * @param downloadedDesigns designs downloaded
 * @param media media items uploaded or used
 * @param mediaSize total media size
 */
public record UsageSummary(
    long generatedDesignVariations,
    long editedDesigns,
    long downloadedDesigns,
    long media,
    DataSize mediaSize) {
  /**
   * Validates every field.
   *
   * @param generatedDesignVariations see the record description
   * @param editedDesigns see the record description
   * @param downloadedDesigns see the record description
   * @param media see the record description
   * @param mediaSize see the record description
   */
  public UsageSummary {
    Checks.nonNegative(generatedDesignVariations, "numberOfGeneratedDesignVariations");
    Checks.nonNegative(editedDesigns, "numberOfEditedDesigns");
    Checks.nonNegative(downloadedDesigns, "numberOfDownloadedDesigns");
    Checks.nonNegative(media, "numberOfMedia");
    Objects.requireNonNull(mediaSize, "mediaSize");
  }
}
