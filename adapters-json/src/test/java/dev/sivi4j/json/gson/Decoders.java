package dev.sivi4j.json.gson;

import dev.sivi4j.error.CodecException;
import dev.sivi4j.spi.Envelope;
import dev.sivi4j.spi.SiviCodec;
import java.util.function.Function;

/** The codec's four response decoders, so one test can run against each of them. */
enum Decoders {
  MESSAGE(codec -> codec::decodeMessage),
  LOGIN(codec -> codec::decodeLogin),
  ACCOUNT_ANALYSIS(codec -> codec::decodeAccountAnalysis),
  EXPORT(codec -> codec::decodeExport);

  /** One decoder of the codec. */
  @FunctionalInterface
  interface Decoder {
    Envelope<?> decode(byte[] json, int httpStatus) throws CodecException;
  }

  private final Decoder decoder;

  Decoders(Function<SiviCodec, Decoder> decoder) {
    this.decoder = decoder.apply(GsonSiviCodec.create());
  }

  Envelope<?> decode(byte[] json, int httpStatus) throws CodecException {
    return decoder.decode(json, httpStatus);
  }
}
