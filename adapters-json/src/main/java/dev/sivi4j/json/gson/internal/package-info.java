/** Internal to sivi4j: the Gson wire readers and writers; no compatibility promise. */
@NullMarked
package dev.sivi4j.json.gson.internal;

import org.jspecify.annotations.NullMarked;
