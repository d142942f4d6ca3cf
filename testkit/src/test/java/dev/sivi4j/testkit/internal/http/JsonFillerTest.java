package dev.sivi4j.testkit.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonFillerTest {

  private static String fill(long size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonFiller.write(out, size);
    return out.toString(StandardCharsets.US_ASCII);
  }

  @Test
  void writesExactlyTheRequestedSizeAsAnEnvelopeWithOneString() throws IOException {
    String body = fill(100_000);

    assertThat(body).hasSize(100_000).startsWith("{\"status\":200,\"body\":{\"filler\":\"abc").endsWith("\"}}");
    assertThat(body.substring(32, body.length() - 3)).matches("[a-z]+");
  }

  @Test
  void writesThePrefixOfTheEnvelopeWhenTooSmallForAWholeOne() throws IOException {
    assertThat(fill(0)).isEmpty();
    assertThat(fill(9)).isEqualTo("{\"status\"");
    assertThat(fill(35)).isEqualTo("{\"status\":200,\"body\":{\"filler\":\"\"}}");
  }
}
