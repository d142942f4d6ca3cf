package dev.sivi4j.transport.httpclient;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.RateLimit;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * 2,000 virtual threads share one blocking client, while JFR records every {@code jdk.VirtualThreadPinned}
 * event (threshold zero): none may have a sivi4j frame on its stack. The client first makes a few calls
 * from one virtual thread: the JDK pins a virtual thread while it loads or initializes a class (its
 * {@code pinnedReason} says "Native or VM frame on stack"), so the first concurrent use of any code pins
 * once per class; that is the JVM's start-up cost, not a pinning call path, and the warm-up keeps it out.
 * The same goes for the JDK's socket poller, initialized by the first virtual thread that parks on a
 * socket (every other one waits for it, pinned, "Waited for initialization of sun.nio.ch.Poller"): the
 * warm-up's calls may never park, so a virtual thread parks on a loopback read first. Virtual threads need JDK 21 or
 * later, and the module is compiled for 17, so they are made through {@code
 * Executors.newVirtualThreadPerTaskExecutor()} by reflection; on JDK 17 the test is skipped, and {@code
 * .ci/run} runs it on JDK 25.
 */
class VirtualThreadPinningTest {
  private static final int THREADS = 2_000;

  @Test
  void twoThousandVirtualThreadsThroughOneClientAreNeverPinnedInSivi4jCode() throws Exception {
    Assumptions.assumeTrue(Runtime.version().feature() >= 21, "virtual threads need JDK 21+; .ci/run runs this on JDK 25");
    FakeSivi fake = FakeSivi.create();
    fake.rateLimiting(false);
    FakeAccount account = fake.createAccount(FakeKeyKind.SUPER_USER);
    Path jfr = Files.createTempFile("sivi4j-pinning", ".jfr");
    List<RecordedEvent> pinned;
    AtomicInteger ok = new AtomicInteger();
    try (FakeSiviServer server = fake.startServer();
        Recording recording = new Recording()) {
      recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
      SiviConfig config = server.configBuilder(account)
          .rateLimit(RateLimit.off())
          // Every call must get a connection: this test is about pinning, not about the pool's queue.
          .timeouts(Timeouts.defaults().withPoolAcquire(Duration.ofSeconds(60)).withWholeCall(Duration.ofSeconds(90)))
          .build();
      ExecutorService threads = virtualThreadPerTask();
      try (SiviClient sivi = SiviHttpClient.create(config)) {
        initializeSocketPoller();
        warmUp(sivi);
        recording.start();
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
          AbstractUserId user = AbstractUserId.of("vt-user-" + i);
          calls.add(threads.submit(() -> {
            sivi.loginUser(LoginUserRequest.of(user));
            ok.incrementAndGet();
            return null;
          }));
        }
        for (Future<?> call : calls) {
          call.get(2, TimeUnit.MINUTES);
        }
      } finally {
        threads.shutdownNow();
      }
      recording.stop();
      recording.dump(jfr);
      pinned = RecordingFile.readAllEvents(jfr);
    } finally {
      Files.deleteIfExists(jfr);
    }

    System.out.println("jdk.VirtualThreadPinned events over " + THREADS + " virtual threads on JDK "
        + Runtime.version() + ": " + pinned.stream().filter(e -> e.getEventType().getName().equals("jdk.VirtualThreadPinned")).count());
    assertThat(ok.get()).as("calls that succeeded").isEqualTo(THREADS);
    List<String> inSivi4j = pinned.stream()
        .filter(event -> event.getEventType().getName().equals("jdk.VirtualThreadPinned"))
        .filter(VirtualThreadPinningTest::hasSivi4jFrame)
        .map(VirtualThreadPinningTest::describe)
        .toList();
    assertThat(inSivi4j).as("pinned virtual threads with a sivi4j frame (of %s pinned events)", pinned.size()).isEmpty();
  }

  private static boolean hasSivi4jFrame(RecordedEvent event) {
    return event.getStackTrace() != null
        && event.getStackTrace().getFrames().stream().anyMatch(VirtualThreadPinningTest::isSivi4j);
  }

  private static boolean isSivi4j(RecordedFrame frame) {
    return frame.getMethod() != null && frame.getMethod().getType().getName().startsWith("dev.sivi4j.");
  }

  private static void warmUp(SiviClient sivi) throws Exception {
    ExecutorService one = virtualThreadPerTask();
    try {
      one.submit(() -> {
        for (int i = 0; i < 20; i++) {
          sivi.loginUser(LoginUserRequest.of(AbstractUserId.of("warm-up-" + i)));
        }
        return null;
      }).get(1, TimeUnit.MINUTES);
    } finally {
      one.shutdownNow();
    }
  }

  /** Parks a virtual thread on a socket read until it is surely parked, then lets it read. */
  private static void initializeSocketPoller() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      ExecutorService one = virtualThreadPerTask();
      AtomicReference<Thread> reader = new AtomicReference<>();
      try {
        Future<Integer> read = one.submit(() -> {
          reader.set(Thread.currentThread());
          try (Socket socket = new Socket(listener.getInetAddress(), listener.getLocalPort())) {
            return socket.getInputStream().read();
          }
        });
        try (Socket accepted = listener.accept()) {
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
          while (reader.get() == null || reader.get().getState() != Thread.State.WAITING) {
            assertThat(System.nanoTime() - deadline).as("the reader parks on its socket").isNegative();
            Thread.sleep(1);
          }
          accepted.getOutputStream().write(1);
          accepted.getOutputStream().flush();
          assertThat(read.get(1, TimeUnit.MINUTES)).isEqualTo(1);
        }
      } finally {
        one.shutdownNow();
      }
    }
  }

  private static String describe(RecordedEvent event) {
    StringBuilder text = new StringBuilder(event.getDuration().toString());
    for (String field : List.of("pinnedReason", "blockingOperation")) {
      if (event.hasField(field)) {
        text.append(' ').append(field).append('=').append(event.getString(field));
      }
    }
    for (RecordedFrame frame : event.getStackTrace().getFrames()) {
      text.append("\n  at ").append(frame.getMethod().getType().getName()).append('.').append(frame.getMethod().getName());
    }
    return text.toString();
  }

  private static ExecutorService virtualThreadPerTask() throws ReflectiveOperationException {
    return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
  }
}
