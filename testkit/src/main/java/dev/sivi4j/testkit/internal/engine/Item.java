package dev.sivi4j.testkit.internal.engine;

import com.google.gson.JsonObject;

/**
 * One exportable thing a user made (a variant, a media item or a content snippet), as export-data
 * shows it, with when it was made.
 *
 * @param epochSecond when, in Unix seconds
 * @param json the item as export-data sends it; never modified after creation
 */
record Item(long epochSecond, JsonObject json) {}
