package dev.sivi4j.internal.client;

import dev.sivi4j.CallOptions;
import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.internal.pipeline.ExportWalk;
import dev.sivi4j.internal.pipeline.ExportWindow;
import dev.sivi4j.internal.pipeline.Pipeline;
import dev.sivi4j.internal.pipeline.Requests;
import dev.sivi4j.spi.ExportBatch;
import dev.sivi4j.spi.SiviTransport;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** {@link SiviClient} over the pipeline and a blocking transport. */
public final class BlockingSiviClient implements SiviClient {
  private final Pipeline pipeline;
  private final Requests requests;
  private final SiviTransport transport;
  private final boolean ownsTransport;

  /**
   * Creates the client.
   *
   * @param pipeline the pipeline
   * @param requests the call factory
   * @param transport the transport, closed with the client
   */
  public BlockingSiviClient(Pipeline pipeline, Requests requests, SiviTransport transport) {
    this(pipeline, requests, transport, true);
  }

  private BlockingSiviClient(Pipeline pipeline, Requests requests, SiviTransport transport, boolean ownsTransport) {
    this.pipeline = pipeline;
    this.requests = requests;
    this.transport = transport;
    this.ownsTransport = ownsTransport;
  }

  @Override
  public SiviClient withOptions(CallOptions options) {
    return new BlockingSiviClient(pipeline.withOptions(options), requests, transport, false);
  }

  @Override
  public UserLogin loginUser(LoginUserRequest request) {
    return Objects.requireNonNull(pipeline.execute(requests.loginUser(request), transport));
  }

  @Override
  public void setCreditLimit(AbstractUserId userId, CreditLimit limit) {
    pipeline.execute(requests.setCreditLimit(userId, limit), transport);
  }

  @Override
  public void deleteUser(AbstractUserId userId) {
    pipeline.execute(requests.userCommand(Operation.DELETE_USER, userId), transport);
  }

  @Override
  public void reactivateUser(AbstractUserId userId) {
    pipeline.execute(requests.userCommand(Operation.REACTIVATE_USER, userId), transport);
  }

  @Override
  public AccountAnalysis accountAnalysis(AbstractUserId userId) {
    return Objects.requireNonNull(pipeline.execute(requests.accountAnalysis(userId), transport));
  }

  @Override
  public Stream<ExportPage> exportData(ExportRequest request) {
    Objects.requireNonNull(request, "request");
    requests.requireEnterpriseKey(Operation.EXPORT_DATA);
    ExportWalk walk = new ExportWalk(request, pipeline);
    Spliterator<ExportPage> pages =
        new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super ExportPage> action) {
            for (Optional<ExportWindow> window = walk.next(); window.isPresent(); window = walk.next()) {
              ExportBatch batch =
                  Objects.requireNonNull(
                      pipeline.execute(requests.exportWindow(request.userId(), window.get()), transport));
              Optional<ExportPage> page = walk.accept(window.get(), batch);
              if (page.isPresent()) {
                action.accept(page.get());
                return true;
              }
            }
            return false;
          }
        };
    return StreamSupport.stream(pages, false);
  }

  @Override
  public void close() {
    if (ownsTransport) {
      transport.close();
    }
  }
}
