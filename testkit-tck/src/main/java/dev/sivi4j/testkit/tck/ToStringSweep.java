package dev.sivi4j.testkit.tck;

import dev.sivi4j.ApiKey;
import dev.sivi4j.CallOptions;
import dev.sivi4j.KeyKind;
import dev.sivi4j.ProxySettings;
import dev.sivi4j.RateLimit;
import dev.sivi4j.RetryPolicy;
import dev.sivi4j.SiviClient;
import dev.sivi4j.SiviClients;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.Timeouts;
import dev.sivi4j.domain.AbstractUser;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.Brand;
import dev.sivi4j.domain.BrandPersona;
import dev.sivi4j.domain.CreditBalance;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.DataSize;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.domain.ExportedContent;
import dev.sivi4j.domain.ExportedMedia;
import dev.sivi4j.domain.ExportedVariant;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.Operation;
import dev.sivi4j.domain.SessionTokens;
import dev.sivi4j.domain.UsageSummary;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.error.AuthenticationException;
import dev.sivi4j.error.CodecException;
import dev.sivi4j.error.CreditLimitExceededException;
import dev.sivi4j.error.ErrorContext;
import dev.sivi4j.error.InvalidInputException;
import dev.sivi4j.error.PermissionDeniedException;
import dev.sivi4j.error.RateLimitedException;
import dev.sivi4j.error.ServerErrorException;
import dev.sivi4j.error.SiviResponseException;
import dev.sivi4j.error.SiviTimeoutException;
import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.error.TransportErrorKind;
import dev.sivi4j.error.TransportException;
import dev.sivi4j.error.UnexpectedStatusException;
import dev.sivi4j.error.UserNotFoundException;
import dev.sivi4j.internal.client.AsyncSiviClient;
import dev.sivi4j.internal.client.BlockingSiviClient;
import dev.sivi4j.internal.pipeline.ExportWalk;
import dev.sivi4j.internal.pipeline.ExportWindow;
import dev.sivi4j.internal.pipeline.Pipeline;
import dev.sivi4j.internal.pipeline.Requests;
import dev.sivi4j.json.gson.GsonSiviCodec;
import dev.sivi4j.spi.AttemptEnded;
import dev.sivi4j.spi.AttemptStarted;
import dev.sivi4j.spi.CallEnded;
import dev.sivi4j.spi.CallOutcome;
import dev.sivi4j.spi.CallStarted;
import dev.sivi4j.spi.Envelope;
import dev.sivi4j.spi.ExportWindowFetched;
import dev.sivi4j.spi.ExportBatch;
import dev.sivi4j.spi.Header;
import dev.sivi4j.spi.LoginGrant;
import dev.sivi4j.spi.RateLimitWait;
import dev.sivi4j.spi.RateLimiterFallback;
import dev.sivi4j.spi.RetryScheduled;
import dev.sivi4j.spi.RateLimitDecision;
import dev.sivi4j.spi.RateLimitRequest;
import dev.sivi4j.spi.SiviRateLimiter;
import dev.sivi4j.spi.TransportRequest;
import dev.sivi4j.spi.TransportResponse;
import dev.sivi4j.testkit.AccountSpec;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeKeyKind;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.FakeSiviServer;
import dev.sivi4j.testkit.InjectedFault;
import dev.sivi4j.testkit.Fault;
import dev.sivi4j.testkit.FaultRule;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One instance of every public type of sivi4j's core and testkit that can hold or meet an API key,
 * built with the canary keys, for a suite to scan with {@link Canary#scanToString(Object)}. A transport's
 * suite adds its own types and checks that nothing public was left out.
 */
public final class ToStringSweep {
  private ToStringSweep() {}

  /**
   * Builds the instances. Closes what it starts (a fake's server) before returning; its {@code toString}
   * is taken while it runs and returned as a string.
   *
   * @return the instances, and the {@code toString}s of those that had to be closed
   */
  public static List<Object> coreAndTestkit() {
    List<Object> all = new ArrayList<>();
    for (KeyKind kind : KeyKind.values()) {
      ApiKey key = Canary.key(kind);
      SiviConfig config = SiviConfig.builder().apiKey(key).baseUrl(URI.create("https://127.0.0.1:1/api/prod/v2")).build();
      all.add(key);
      all.add(config);
      all.add(config.toBuilder());
      ProxySettings proxy = ProxySettings.of("127.0.0.1", 3128).withCredentials("proxy-user", Canary.PROXY_PASSWORD);
      all.add(proxy);
      all.add(config.toBuilder().proxy(proxy).build());
      all.add(new Header("sivi-api-key", key.reveal(), true));
      all.add(requestWith(key));
      all.addAll(pipelineParts(config));
      all.add(SiviClients.builder(config, GsonSiviCodec.create()));
      all.add(config.toBuilder().rateLimit(RateLimit.custom(SiviRateLimiter.inJvm(60))).build());
    }
    all.addAll(coreValues());
    all.addAll(callEvents());
    all.addAll(exceptions());
    all.addAll(testkit());
    return all;
  }

  /**
   * The public classes under the given packages that have instances but none among {@code instances}:
   * concrete, not enums, records of no key, annotations or interfaces, reachable from outside their
   * package, and not Dagger's wiring (generated factories and components, the {@code internal.di}
   * modules). Found by reading the class path, so a new public type is noticed.
   *
   * @param instances the instances a suite scanned
   * @param skipped names of classes to leave out (static factories, which have no instances), and
   *     package prefixes ending with a dot, such as {@code dev.sivi4j.testkit.}
   * @param packages package prefixes to look in, such as {@code dev.sivi4j}
   * @return the names of the classes left out, sorted
   * @throws IOException if the class path cannot be read
   */
  public static List<String> uncovered(Collection<?> instances, Set<String> skipped, String... packages)
      throws IOException {
    Set<String> covered = instances.stream().map(o -> o.getClass().getName()).collect(Collectors.toSet());
    return PublicClasses.under(packages).stream()
        .filter(ToStringSweep::hasInstances)
        .map(Class::getName)
        .filter(name -> !covered.contains(name))
        .filter(name -> skipped.stream().noneMatch(skip -> skip.endsWith(".") ? name.startsWith(skip) : name.equals(skip)))
        .sorted()
        .toList();
  }

  private static boolean hasInstances(Class<?> type) {
    int modifiers = type.getModifiers();
    return !Modifier.isAbstract(modifiers)
        && !type.isInterface()
        && !type.isEnum()
        && !type.isAnnotation()
        && !type.getSimpleName().contains("_")
        && !type.getSimpleName().startsWith("Dagger")
        && !type.getPackageName().endsWith(".internal.di");
  }

  private static TransportRequest requestWith(ApiKey key) {
    return new TransportRequest(
        Operation.DELETE_USER, 1, URI.create("https://127.0.0.1:1/api/prod/v2/super/delete-user"),
        List.of(new Header("sivi-api-key", key.reveal(), true), new Header("Accept", "application/json")),
        "{\"abstractUserId\":\"user-12345\"}".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(1), 1024);
  }

  private static List<Object> pipelineParts(SiviConfig config) {
    FakeSivi fake = FakeSivi.create();
    Pipeline pipeline = new Pipeline(config);
    Requests requests = new Requests(GsonSiviCodec.create(), config.apiKey().kind());
    ExportRequest export = ExportRequest.of(AbstractUserId.of("user-12345"), Instant.EPOCH, Instant.EPOCH.plusSeconds(60));
    return List.of(
        pipeline, pipeline.withOptions(CallOptions.none()), requests, GsonSiviCodec.create(),
        requests.loginUser(LoginUserRequest.of(AbstractUserId.of("user-12345"))),
        new ExportWalk(export), new ExportWindow(0, 60),
        new BlockingSiviClient(pipeline, requests, fake.blockingTransport()),
        new AsyncSiviClient(pipeline, requests, fake.asyncTransport()));
  }

  private static List<Object> coreValues() {
    AbstractUserId id = AbstractUserId.of("user-12345");
    SessionTokens tokens = new SessionTokens("at", "rt");
    UsageSummary usage = new UsageSummary(1, 2, 3, 4, new DataSize("1Mb", OptionalLong.of(1L << 20)));
    BrandPersona persona = BrandPersona.builder().industry("games").build();
    Brand brand = Brand.builder("Sivi", "design").persona(persona).build();
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    return List.of(
        id, tokens, usage, persona, brand, BrandPersona.builder(), Brand.builder("Sivi", "design"),
        new AbstractUser(id, "ws"), new UserLogin(new AbstractUser(id, "ws"), tokens),
        new CreditBalance(1, 2), CreditLimit.of(5), CreditLimit.unlimited(),
        new AccountAnalysis(usage, List.of(usage), new CreditBalance(1, 2), Optional.of(start)),
        ExportRequest.of(id, start, start.plusSeconds(60)),
        new ExportPage(start, start.plusSeconds(60), List.of(), List.of(), List.of(), true),
        new ExportedVariant("v", "https://img", "https://edit", OptionalInt.of(1), OptionalInt.empty(), Optional.empty()),
        new ExportedMedia("https://img", "photo"), new ExportedContent("t", "s", List.of("b")),
        LoginUserRequest.of(id), LoginUserRequest.builder(id),
        CallOptions.none(), RateLimit.off(), RateLimit.forKeyKind(), RetryPolicy.defaults(), Timeouts.defaults(),
        RateLimit.custom(SiviRateLimiter.inJvm(60)), SiviRateLimiter.inJvm(60),
        new RateLimitRequest("0f".repeat(32), Operation.LOGIN_USER, 100, Duration.ofSeconds(30)),
        RateLimitDecision.after(Duration.ofMillis(600)), RateLimitDecision.refused(),
        new DataSize("2.5Mb", OptionalLong.empty()),
        new TransportResponse(200, Map.of(), new byte[0]),
        Envelope.success(200, "ok"), new LoginGrant("ws", tokens),
        new ExportBatch(List.of(), List.of(), List.of(), false));
  }

  private static List<Object> callEvents() {
    URI uri = URI.create("https://127.0.0.1:1/api/prod/v2/super/login-user");
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    return List.of(
        new CallStarted(Operation.LOGIN_USER, uri, 3),
        new AttemptStarted(Operation.LOGIN_USER, 1, uri, Duration.ofSeconds(20), 42),
        new AttemptEnded(Operation.LOGIN_USER, 1, 503, 503, Duration.ofMillis(5), null, 42, 100),
        new AttemptEnded(Operation.LOGIN_USER, 2, 0, 0, Duration.ofMillis(5), TransportErrorKind.CONNECTION_RESET, 42, 0),
        new RetryScheduled(Operation.LOGIN_USER, 1, Duration.ofMillis(250), "503", false),
        new RateLimitWait(Operation.LOGIN_USER, Duration.ofMillis(600)),
        new RateLimiterFallback(true),
        new CallEnded(Operation.LOGIN_USER, CallOutcome.API_ERROR, ServerErrorException.class, 3, Duration.ofSeconds(1),
            503, 503, null),
        new ExportWindowFetched(start, start.plusSeconds(60), false, 1, 2, 3));
  }

  private static List<Object> exceptions() {
    ErrorContext context = new ErrorContext(Operation.LOGIN_USER, 400, 400, 1, "{\"status\":400}");
    return List.of(
        context,
        new UserNotFoundException(context, "User does not exists"),
        new AuthenticationException(context, null),
        new PermissionDeniedException(context, null),
        new InvalidInputException(context, "Invalid input"),
        new CreditLimitExceededException(context, "Insufficient credit limit"),
        new RateLimitedException(context, null, Duration.ofSeconds(1)),
        new ServerErrorException(context, null, null),
        new UnexpectedStatusException(context, null),
        new UnexpectedStatusException(context, "the endpoint or its path prefix may be wrong", "Not Found"),
        new SiviTransportException(context, TransportErrorKind.CONNECT_FAILED, "refused", null),
        new SiviTimeoutException(context, TransportErrorKind.CALL_TIMEOUT, "deadline", null),
        new SiviResponseException(context, SiviResponseException.Reason.MALFORMED_BODY, "bad", null),
        new TransportException(TransportErrorKind.IO_ERROR, "failed", null),
        new CodecException("bad", null));
  }

  private static List<Object> testkit() {
    FakeSivi fake = FakeSivi.create();
    FakeAccount account = fake.createAccount(AccountSpec.of(FakeKeyKind.SUPER_USER).withSecret(Canary.SUPER_USER_SECRET));
    InjectedFault injected = fake.faults().inject(FaultRule.of(Fault.reset()).account(account));
    List<Object> all = new ArrayList<>(List.of(
        fake, account, injected, injected.rule(), fake.journal(), fake.clock(),
        AccountSpec.of(FakeKeyKind.ENTERPRISE_ADMIN).withSecret(Canary.ENTERPRISE_SECRET)));
    try (FakeSiviServer server = fake.startServer()) {
      all.add(server.toString());
      all.add(server.config(account));
      all.add(server.configBuilder(account));
    }
    try (SiviClient client = fake.blockingClient(account)) {
      all.add(client.loginUser(LoginUserRequest.of(AbstractUserId.of("user-12345"))));
    }
    all.addAll(fake.journal().requests());
    return all;
  }
}
