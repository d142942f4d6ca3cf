/** The Gson adapter of the sivi4j codec port: {@link dev.sivi4j.json.gson.GsonSiviCodec}. */
@NullMarked
package dev.sivi4j.json.gson;

import org.jspecify.annotations.NullMarked;
