package dev.sivi4j.transport.vertx.internal;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;
import io.vertx.ext.web.codec.BodyCodec;
import io.vertx.ext.web.codec.spi.BodyStream;
import org.jspecify.annotations.Nullable;

/**
 * Collects a response body chunk by chunk, failing as soon as it would exceed the attempt's cap (the
 * Web Client's own codecs buffer without limit). Going over the cap aborts the attempt, which resets
 * the request, so the rest of an oversized or endless body is never read. A write after the attempt
 * was aborted (timed out or cancelled) fails too. The codec also carries the attempt to {@link
 * ClientRequestHook}, which is how a request is matched to its attempt.
 */
final class CappedBody implements BodyCodec<byte[]> {
  private final Attempt attempt;

  CappedBody(Attempt attempt) {
    this.attempt = attempt;
  }

  Attempt attempt() {
    return attempt;
  }

  @Override
  public BodyStream<byte[]> stream() {
    return new Stream();
  }

  private final class Stream implements BodyStream<byte[]> {
    private final Promise<byte[]> result = Promise.promise();
    // The first chunk as Vert.x handed it over (its buffers are safe to keep); a copy only from the second.
    private @Nullable Buffer body;
    private boolean copied;

    @Override
    public Future<byte[]> result() {
      return result.future();
    }

    @Override
    public void handle(Throwable failure) {
      result.tryFail(failure);
    }

    @Override
    public Future<Void> write(Buffer chunk) {
      Throwable abort = attempt.aborted();
      long length = body == null ? 0 : body.length();
      if (abort == null && length + chunk.length() > attempt.maxBytes()) {
        abort = attempt.abortTooLarge();
      }
      if (abort != null) {
        result.tryFail(abort);
        return Future.failedFuture(abort);
      }
      if (body == null) {
        body = chunk;
      } else {
        if (!copied) {
          body = Buffer.buffer((int) length + chunk.length()).appendBuffer(body);
          copied = true;
        }
        body.appendBuffer(chunk);
      }
      return Future.succeededFuture();
    }

    @Override
    public Future<Void> end() {
      Buffer whole = body;
      result.tryComplete(whole == null ? new byte[0] : whole.getBytes());
      return Future.succeededFuture();
    }

    @Override
    public WriteStream<Buffer> exceptionHandler(@Nullable Handler<Throwable> handler) {
      return this;
    }

    @Override
    public WriteStream<Buffer> setWriteQueueMaxSize(int maxSize) {
      return this;
    }

    @Override
    public boolean writeQueueFull() {
      return false;
    }

    @Override
    public WriteStream<Buffer> drainHandler(@Nullable Handler<Void> handler) {
      return this;
    }
  }
}
