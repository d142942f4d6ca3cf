package dev.sivi4j.transport.httpclient.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.http.message.BasicHeader;
import org.junit.jupiter.api.Test;

class ResponseReaderTest {
  private final AtomicInteger cancels = new AtomicInteger();
  private final AttemptGuard guard = new AttemptGuard(() -> cancels.incrementAndGet() > 0, System.nanoTime());

  /** A stream that counts what was read from it. */
  private static final class CountingStream extends ByteArrayInputStream {
    CountingStream(int size) {
      super(new byte[size]);
    }

    int consumed() {
      return pos;
    }
  }

  @Test
  void readsNothingWhenThereIsNoEntity() throws IOException {
    assertThat(ResponseReader.body(null, 10, guard)).isEmpty();
  }

  @Test
  void readsADeclaredBodyUpToTheCap() throws IOException {
    byte[] body = ResponseReader.body(new ByteArrayEntity(new byte[1024], ContentType.APPLICATION_JSON), 1024, guard);

    assertThat(body).hasSize(1024);
    assertThat(cancels).hasValue(0);
  }

  @Test
  void refusesADeclaredLengthOverTheCapWithoutReadingAByte() {
    CountingStream stream = new CountingStream(2048);
    InputStreamEntity entity = new InputStreamEntity(stream, 2048, ContentType.APPLICATION_JSON);

    assertThatThrownBy(() -> ResponseReader.body(entity, 1024, guard)).isInstanceOf(IOException.class);
    assertThat(stream.consumed()).isZero();
    assertThat(guard.overCap()).isTrue();
    assertThat(cancels).hasValue(1);
  }

  @Test
  void refusesAnUndeclaredBodyAfterOneByteMoreThanTheCap() {
    CountingStream stream = new CountingStream(10_000);
    InputStreamEntity entity = new InputStreamEntity(stream, -1, ContentType.APPLICATION_JSON);

    assertThatThrownBy(() -> ResponseReader.body(entity, 1024, guard)).isInstanceOf(IOException.class);
    assertThat(stream.consumed()).isEqualTo(1025);
    assertThat(guard.overCap()).isTrue();
  }

  @Test
  void readsAnUndeclaredBodyOfExactlyTheCap() throws IOException {
    InputStream stream = new ByteArrayInputStream(new byte[1024]);

    assertThat(ResponseReader.body(new InputStreamEntity(stream, -1, null), 1024, guard)).hasSize(1024);
    assertThat(guard.overCap()).isFalse();
  }

  @Test
  void keysHeadersByLowerCaseNameKeepingTheFirstValue() {
    Header[] headers = {
      new BasicHeader("Retry-After", "3"), new BasicHeader("retry-after", "9"), new BasicHeader("X-Empty", null)
    };

    assertThat(ResponseReader.headers(headers)).containsOnly(
        Map.entry("retry-after", "3"), Map.entry("x-empty", ""));
  }
}
