package dev.sivi4j.transport.vertx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.codec.spi.BodyStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CappedBodyTest {
  @Test
  void keepsABodyThatArrivesInOneChunk() {
    BodyStream<byte[]> stream = new CappedBody(new Attempt(100)).stream();

    stream.write(Buffer.buffer("{\"status\":200}"));
    stream.end();

    assertThat(new String(stream.result().result(), StandardCharsets.UTF_8)).isEqualTo("{\"status\":200}");
  }

  @Test
  void joinsChunksInOrderWithoutChangingTheFirst() {
    Buffer first = Buffer.buffer("{\"sta");
    BodyStream<byte[]> stream = new CappedBody(new Attempt(100)).stream();

    stream.write(first);
    stream.write(Buffer.buffer("tus\":"));
    stream.write(Buffer.buffer("200}"));
    stream.end();

    assertThat(new String(stream.result().result(), StandardCharsets.UTF_8)).isEqualTo("{\"status\":200}");
    assertThat(first.toString()).as("the chunk Vert.x handed over").isEqualTo("{\"sta");
  }

  @Test
  void anEmptyBodyIsNoBytes() {
    BodyStream<byte[]> stream = new CappedBody(new Attempt(100)).stream();

    stream.end();

    assertThat(stream.result().result()).isEmpty();
  }

  @Test
  void failsOnTheChunkThatWouldPassTheCapCountingEveryEarlierChunk() {
    Attempt attempt = new Attempt(10);
    BodyStream<byte[]> stream = new CappedBody(attempt).stream();

    assertThat(stream.write(Buffer.buffer("12345")).succeeded()).isTrue();
    assertThat(stream.write(Buffer.buffer("67890")).succeeded()).isTrue();
    assertThat(stream.write(Buffer.buffer("x")).failed()).isTrue();

    assertThat(stream.result().failed()).isTrue();
    assertThat(stream.result().cause())
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.RESPONSE_TOO_LARGE));
    assertThat(attempt.aborted()).isNotNull();
  }
}
