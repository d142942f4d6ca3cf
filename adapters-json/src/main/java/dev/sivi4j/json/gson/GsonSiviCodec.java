package dev.sivi4j.json.gson;

import dev.sivi4j.json.gson.internal.GsonCodec;
import dev.sivi4j.spi.SiviCodec;

/**
 * The default {@link SiviCodec}: Gson in strict mode, with nesting and number limits, reading and
 * writing the Sivi wire format through its own wire types so no domain type is ever reflected on.
 */
public final class GsonSiviCodec {
  private GsonSiviCodec() {}

  /**
   * The codec. Thread-safe and cheap to share.
   *
   * @return the codec
   */
  public static SiviCodec create() {
    return GsonCodec.INSTANCE;
  }
}
