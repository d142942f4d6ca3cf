package dev.sivi4j.internal.pipeline;

import dev.sivi4j.spi.AttemptEnded;
import dev.sivi4j.spi.AttemptHeaders;
import dev.sivi4j.spi.AttemptStarted;
import dev.sivi4j.spi.CallEnded;
import dev.sivi4j.spi.CallListener;
import dev.sivi4j.spi.CallObserver;
import dev.sivi4j.spi.CallStarted;
import dev.sivi4j.spi.ExportWindowFetched;
import dev.sivi4j.spi.RateLimitWait;
import dev.sivi4j.spi.RetryScheduled;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event it hears, in order, and adds a header to every attempt. */
final class RecordingListener implements CallListener {
  final List<Object> events = new CopyOnWriteArrayList<>();

  @Override
  public CallObserver callStarted(CallStarted event) {
    events.add(event);
    return new CallObserver() {
      @Override
      public void attemptStarted(AttemptStarted event, AttemptHeaders headers) {
        events.add(event);
        headers.put("traceparent", "00-trace-" + event.attempt());
      }

      @Override
      public void attemptEnded(AttemptEnded event) {
        events.add(event);
      }

      @Override
      public void retryScheduled(RetryScheduled event) {
        events.add(event);
      }

      @Override
      public void rateLimitWait(RateLimitWait event) {
        events.add(event);
      }

      @Override
      public void callEnded(CallEnded event) {
        events.add(event);
      }
    };
  }

  @Override
  public void exportWindowFetched(ExportWindowFetched event) {
    events.add(event);
  }

  <E> List<E> of(Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  List<Class<?>> kinds() {
    return events.stream().<Class<?>>map(Object::getClass).toList();
  }
}
