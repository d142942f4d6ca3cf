package dev.sivi4j.testkit.internal.engine;

import dev.sivi4j.testkit.Usage;
import java.time.Instant;
import java.util.List;

/**
 * One recorded activity and the items it made.
 *
 * @param at when it happened
 * @param activity what happened
 * @param variants the design variants it made
 * @param media the media items it uploaded
 * @param content the content snippets it made
 */
record ActivityRecord(
    Instant at, Usage activity, List<Item> variants, List<Item> media, List<Item> content) {}
