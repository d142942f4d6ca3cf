package dev.sivi4j.testkit;

import dev.sivi4j.SiviAsyncClient;
import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.UserLogin;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;

/** The operations a scenario calls, the same whether the client underneath blocks or not. */
interface ScenarioClient extends AutoCloseable {
  UserLogin login(AbstractUserId user);

  void limit(AbstractUserId user, CreditLimit limit);

  void delete(AbstractUserId user);

  void reactivate(AbstractUserId user);

  AccountAnalysis analysis(AbstractUserId user);

  List<ExportPage> export(ExportRequest request);

  @Override
  void close();

  static ScenarioClient of(SiviClient client) {
    return new ScenarioClient() {
      @Override
      public UserLogin login(AbstractUserId user) {
        return client.loginUser(LoginUserRequest.of(user));
      }

      @Override
      public void limit(AbstractUserId user, CreditLimit limit) {
        client.setCreditLimit(user, limit);
      }

      @Override
      public void delete(AbstractUserId user) {
        client.deleteUser(user);
      }

      @Override
      public void reactivate(AbstractUserId user) {
        client.reactivateUser(user);
      }

      @Override
      public AccountAnalysis analysis(AbstractUserId user) {
        return client.accountAnalysis(user);
      }

      @Override
      public List<ExportPage> export(ExportRequest request) {
        return client.exportData(request).toList();
      }

      @Override
      public void close() {
        client.close();
      }
    };
  }

  static ScenarioClient of(SiviAsyncClient client) {
    return new ScenarioClient() {
      @Override
      public UserLogin login(AbstractUserId user) {
        return join(client.loginUser(LoginUserRequest.of(user)).toCompletableFuture());
      }

      @Override
      public void limit(AbstractUserId user, CreditLimit limit) {
        join(client.setCreditLimit(user, limit).toCompletableFuture());
      }

      @Override
      public void delete(AbstractUserId user) {
        join(client.deleteUser(user).toCompletableFuture());
      }

      @Override
      public void reactivate(AbstractUserId user) {
        join(client.reactivateUser(user).toCompletableFuture());
      }

      @Override
      public AccountAnalysis analysis(AbstractUserId user) {
        return join(client.accountAnalysis(user).toCompletableFuture());
      }

      @Override
      public List<ExportPage> export(ExportRequest request) {
        CompletableFuture<List<ExportPage>> done = new CompletableFuture<>();
        List<ExportPage> pages = new ArrayList<>();
        client.exportData(request).subscribe(new Flow.Subscriber<>() {
          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(ExportPage page) {
            pages.add(page);
          }

          @Override
          public void onError(Throwable error) {
            done.completeExceptionally(error);
          }

          @Override
          public void onComplete() {
            done.complete(pages);
          }
        });
        return join(done);
      }

      @Override
      public void close() {
        client.close();
      }
    };
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
