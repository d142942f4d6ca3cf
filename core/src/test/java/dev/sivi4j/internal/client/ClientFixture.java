package dev.sivi4j.internal.client;

import dev.sivi4j.ApiKey;
import dev.sivi4j.KeyKind;
import dev.sivi4j.RateLimit;
import dev.sivi4j.SiviConfig;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.ExportRequest;
import dev.sivi4j.internal.fakes.FakeCodec;
import dev.sivi4j.internal.fakes.FakeScheduler;
import dev.sivi4j.internal.fakes.FakeTime;
import dev.sivi4j.internal.fakes.Script;
import dev.sivi4j.internal.fakes.ScriptedAsyncTransport;
import dev.sivi4j.internal.fakes.ScriptedTransport;
import dev.sivi4j.internal.pipeline.Pipeline;
import dev.sivi4j.internal.pipeline.Requests;
import dev.sivi4j.spi.TransportRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Both clients over one pipeline on fakes, for a key of the given kind. */
final class ClientFixture {
  static final AbstractUserId USER = AbstractUserId.of("user-7");
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  final FakeTime time = new FakeTime();
  final Script script = new Script(time);
  final FakeScheduler scheduler = new FakeScheduler(time);
  final ScriptedTransport transport = new ScriptedTransport(script);
  final ScriptedAsyncTransport asyncTransport = new ScriptedAsyncTransport(script, scheduler);
  final BlockingSiviClient blocking;
  final AsyncSiviClient async;

  ClientFixture(KeyKind kind) {
    SiviConfig config =
        SiviConfig.builder().apiKey(ApiKey.of(kind, "sk_ClientFixtureKey01")).rateLimit(RateLimit.off()).build();
    Pipeline pipeline = new Pipeline(config, time, () -> 0.5);
    Requests requests = new Requests(new FakeCodec(), kind);
    this.blocking = new BlockingSiviClient(pipeline, requests, transport);
    this.async = new AsyncSiviClient(pipeline, requests, asyncTransport);
  }

  /** An export of {@code seconds} seconds from {@link #START} in windows of {@code window} seconds. */
  static ExportRequest export(long seconds, long window) {
    return new ExportRequest(USER, START, START.plusSeconds(seconds), Duration.ofSeconds(window));
  }

  /** The window an export-data request asked for, as offsets in seconds from {@link #START}. */
  static String window(TransportRequest request) {
    String body = new String(request.body(), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("\"startDate\":(\\d+),\"endDate\":(\\d+)").matcher(body);
    if (!m.find()) {
      throw new AssertionError("not an export-data body: " + body);
    }
    long start = START.getEpochSecond();
    return (Long.parseLong(m.group(1)) - start) + "-" + (Long.parseLong(m.group(2)) - start);
  }
}
