package dev.sivi4j.testkit;

/**
 * What an end user did, for {@link FakeSivi#recordUsage}: designs generated, edited and downloaded,
 * media uploaded, content snippets generated, and what that cost.
 *
 * <p>The docs do not price actions, so unless {@link Builder#credits(long)} says otherwise the cost
 * is one credit per generated design variation and per content snippet; edits, downloads and media
 * uploads are free. Each generated or edited design appears in exports as a variant ({@code
 * variantType} {@code GENERATED} or {@code EDITED}), each upload as a {@code photo} media item, and
 * each snippet as a content item.
 *
 * @param generatedVariations design variations generated
 * @param editedDesigns designs edited
 * @param downloadedDesigns designs downloaded
 * @param media media items uploaded
 * @param mediaBytes their total size in bytes
 * @param contentSnippets content snippets generated
 * @param credits what it costs
 */
public record Usage(
    int generatedVariations,
    int editedDesigns,
    int downloadedDesigns,
    int media,
    long mediaBytes,
    int contentSnippets,
    long credits) {
  private static final int MAX_ITEMS = 100_000;

  /**
   * Validates every count.
   *
   * @param generatedVariations see the record description
   * @param editedDesigns see the record description
   * @param downloadedDesigns see the record description
   * @param media see the record description
   * @param mediaBytes see the record description
   * @param contentSnippets see the record description
   * @param credits see the record description
   */
  public Usage {
    count(generatedVariations, "generatedVariations");
    count(editedDesigns, "editedDesigns");
    count(downloadedDesigns, "downloadedDesigns");
    count(media, "media");
    count(contentSnippets, "contentSnippets");
    if (mediaBytes < 0) {
      throw new IllegalArgumentException("mediaBytes must not be negative (was " + mediaBytes + ")");
    }
    if (media == 0 && mediaBytes > 0) {
      throw new IllegalArgumentException("mediaBytes must be 0 when no media is uploaded (was " + mediaBytes + ")");
    }
    if (credits < 0) {
      throw new IllegalArgumentException("credits must not be negative (was " + credits + ")");
    }
  }

  private static void count(int value, String field) {
    if (value < 0 || value > MAX_ITEMS) {
      throw new IllegalArgumentException(field + " must be between 0 and " + MAX_ITEMS + " (was " + value + ")");
    }
  }

  /**
   * Generating design variations, at the default price.
   *
   * @param variations how many
   * @return the usage
   */
  public static Usage generated(int variations) {
    return builder().generatedVariations(variations).build();
  }

  /**
   * Starts a usage with nothing in it.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Usage}. */
  public static final class Builder {
    private int generatedVariations;
    private int editedDesigns;
    private int downloadedDesigns;
    private int media;
    private long mediaBytes;
    private int contentSnippets;
    private long credits = -1;

    private Builder() {}

    /**
     * Design variations generated.
     *
     * @param count how many
     * @return this builder
     */
    public Builder generatedVariations(int count) {
      this.generatedVariations = count;
      return this;
    }

    /**
     * Designs edited.
     *
     * @param count how many
     * @return this builder
     */
    public Builder editedDesigns(int count) {
      this.editedDesigns = count;
      return this;
    }

    /**
     * Designs downloaded.
     *
     * @param count how many
     * @return this builder
     */
    public Builder downloadedDesigns(int count) {
      this.downloadedDesigns = count;
      return this;
    }

    /**
     * Media uploaded.
     *
     * @param count how many items
     * @param totalBytes their total size
     * @return this builder
     */
    public Builder media(int count, long totalBytes) {
      this.media = count;
      this.mediaBytes = totalBytes;
      return this;
    }

    /**
     * Content snippets generated.
     *
     * @param count how many
     * @return this builder
     */
    public Builder contentSnippets(int count) {
      this.contentSnippets = count;
      return this;
    }

    /**
     * Sets the cost instead of the default price.
     *
     * @param amount credits, zero or more
     * @return this builder
     */
    public Builder credits(long amount) {
      if (amount < 0) {
        throw new IllegalArgumentException("credits must not be negative (was " + amount + ")");
      }
      this.credits = amount;
      return this;
    }

    /**
     * Builds the usage.
     *
     * @return the validated usage
     */
    public Usage build() {
      long cost = credits >= 0 ? credits : (long) generatedVariations + contentSnippets;
      return new Usage(generatedVariations, editedDesigns, downloadedDesigns, media, mediaBytes, contentSnippets, cost);
    }
  }
}
