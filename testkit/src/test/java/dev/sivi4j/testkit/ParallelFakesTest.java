package dev.sivi4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sivi4j.SiviAsyncClient;
import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** Many fakes at once, each busy on every face, and one fake hammered from many threads. */
@Execution(ExecutionMode.CONCURRENT)
class ParallelFakesTest {
  @RepeatedTest(8)
  void fakesRunningAtOnceKeepTheirOwnState() throws Exception {
    FakeSivi fake = FakeSivi.builder().rateLimiting(false).build();
    FakeAccount account = fake.createAccount(FakeKeyKind.ENTERPRISE_ADMIN);
    try (FakeSiviServer server = fake.startServer();
        SiviClient blocking = fake.blockingClient(account);
        SiviAsyncClient async = fake.asyncClient(account);
        SiviClient http = ServerClients.blocking(server, account)) {
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        AbstractUserId user = AbstractUserId.of("user-" + i);
        calls.add(async.loginUser(LoginUserRequest.of(user)).toCompletableFuture());
        blocking.loginUser(LoginUserRequest.of(user));
        http.setCreditLimit(user, CreditLimit.of(i + 1));
      }
      CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();

      for (int i = 0; i < 20; i++) {
        assertThat(fake.user(account, AbstractUserId.of("user-" + i))).get().extracting(UserSnapshot::creditLimit).isEqualTo(i + 1L);
      }
      assertThat(fake.journal().requestCount()).isEqualTo(60);
      assertThat(server.requestsServed()).isEqualTo(20);
    }
  }

  @Test
  void oneFakeStaysConsistentUnderConcurrentUse() throws Exception {
    FakeSivi fake = FakeSivi.builder().rateLimiting(false).build();
    FakeAccount account = fake.createAccount(AccountSpec.of(FakeKeyKind.SUPER_USER).withCreditsPerCycle(5_000));
    ExecutorService threads = Executors.newFixedThreadPool(16);
    AtomicInteger accepted = new AtomicInteger();
    try (SiviClient client = fake.blockingClient(account)) {
      for (int u = 0; u < 8; u++) {
        AbstractUserId user = AbstractUserId.of("user-" + u);
        client.loginUser(LoginUserRequest.of(user));
        client.setCreditLimit(user, CreditLimit.of(400));
      }
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        int thread = t;
        work.add(threads.submit(() -> {
          AbstractUserId user = AbstractUserId.of("user-" + (thread % 8));
          for (int i = 0; i < 100; i++) {
            if (fake.recordUsage(account, user, Usage.generated(3)).accepted()) {
              accepted.incrementAndGet();
            }
            client.loginUser(LoginUserRequest.of(user));
          }
        }));
      }
      for (Future<?> done : work) {
        done.get();
      }
    } finally {
      threads.shutdown();
    }

    // 8 users may each spend at most 400 in 3-credit steps: 133 usages each, 1064 in all.
    assertThat(accepted.get()).isEqualTo(8 * 133);
    assertThat(fake.creditPool(account).usedCredits()).isEqualTo(accepted.get() * 3L);
    for (int u = 0; u < 8; u++) {
      assertThat(fake.user(account, AbstractUserId.of("user-" + u))).get().extracting(UserSnapshot::usedCredits).isEqualTo(399L);
    }
    assertThat(fake.journal().requestCount()).isEqualTo(16 + 16 * 100);
  }
}
