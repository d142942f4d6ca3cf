package dev.sivi4j.testkit.internal.engine;

/**
 * What an end user did at one moment, as the {@code recordUsage} backdoor describes it.
 *
 * @param generatedVariations design variations generated
 * @param editedDesigns designs edited
 * @param downloadedDesigns designs downloaded
 * @param media media items uploaded
 * @param mediaBytes the total size of those media items
 * @param contentSnippets content snippets generated
 * @param credits what it costs
 */
public record Activity(
    int generatedVariations,
    int editedDesigns,
    int downloadedDesigns,
    int media,
    long mediaBytes,
    int contentSnippets,
    long credits) {}
