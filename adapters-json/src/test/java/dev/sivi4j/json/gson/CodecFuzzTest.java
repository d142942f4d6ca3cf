package dev.sivi4j.json.gson;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sivi4j.error.CodecException;
import dev.sivi4j.spi.Envelope;
import java.util.Arrays;

/**
 * Jazzer fuzz targets: for any bytes and any HTTP status, every decoder returns a consistent {@link
 * Envelope} or throws a {@link CodecException}, and nothing else (no runtime exception, no {@code
 * StackOverflowError}).
 *
 * <p>In the ordinary test run Jazzer replays the committed seed corpus in {@code
 * src/test/resources/dev/sivi4j/json/gson/CodecFuzzTestInputs}: the files directly in that folder feed
 * every target, the files in a folder named after a target feed that target. To fuzz one target, run
 * {@code JAZZER_FUZZ=1 mvn -pl adapters-json test -Dtest=CodecFuzzTest#decodeLogin}; findings are written
 * next to the corpus and replayed from then on.
 *
 * <p>Each input is decoded under a fixed set of HTTP statuses that covers every branch the decoders take
 * on it (success, error, and values no HTTP client reports), plus one status derived from the input so
 * that, while fuzzing, any {@code int} can occur. Seed files stay plain JSON this way.
 */
class CodecFuzzTest {
  private static final int[] HTTP_STATUSES = {200, 204, 299, 300, 400, 404, 429, 500, 0, -1, Integer.MIN_VALUE};

  /** Far longer than any message the codec writes, far shorter than a body it could be quoting. */
  private static final int MAX_MESSAGE_LENGTH = 300;

  @FuzzTest
  void envelope(byte[] input) {
    for (Decoders decoder : Decoders.values()) {
      decodesOrRejects(decoder, input);
    }
  }

  @FuzzTest
  void decodeMessage(byte[] input) {
    decodesOrRejects(Decoders.MESSAGE, input);
  }

  @FuzzTest
  void decodeLogin(byte[] input) {
    decodesOrRejects(Decoders.LOGIN, input);
  }

  @FuzzTest
  void decodeAccountAnalysis(byte[] input) {
    decodesOrRejects(Decoders.ACCOUNT_ANALYSIS, input);
  }

  @FuzzTest
  void decodeExport(byte[] input) {
    decodesOrRejects(Decoders.EXPORT, input);
  }

  /**
   * Decodes under every status. Anything thrown other than a {@link CodecException} escapes and is a
   * finding; so is an envelope whose outcome disagrees with the status that decides it.
   */
  private static void decodesOrRejects(Decoders decoder, byte[] input) {
    int[] statuses = Arrays.copyOf(HTTP_STATUSES, HTTP_STATUSES.length + 1);
    statuses[HTTP_STATUSES.length] = Arrays.hashCode(input);
    for (int http : statuses) {
      Envelope<?> envelope;
      try {
        envelope = decoder.decode(input, http);
      } catch (CodecException rejected) {
        assertThat(rejected.getMessage()).isNotBlank().hasSizeLessThan(MAX_MESSAGE_LENGTH);
        continue;
      }
      assertThat(envelope).isNotNull();
      assertThat(envelope.status() == 0 || (envelope.status() >= 100 && envelope.status() <= 599))
          .as("envelope status %d", envelope.status())
          .isTrue();
      int deciding = envelope.status() != 0 ? envelope.status() : http;
      boolean success = deciding >= 200 && deciding < 300;
      assertThat(envelope.isSuccess()).as("success under status %d", deciding).isEqualTo(success);
      if (success) {
        assertThat(envelope.message()).isNull();
      } else {
        assertThat(envelope.body()).isNull();
      }
    }
  }
}
