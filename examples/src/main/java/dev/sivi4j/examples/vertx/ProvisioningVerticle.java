package dev.sivi4j.examples.vertx;

import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.Brand;
import dev.sivi4j.domain.CreditLimit;
import dev.sivi4j.domain.LoginUserRequest;
import dev.sivi4j.domain.SessionTokens;
import dev.sivi4j.error.CreditLimitExceededException;
import dev.sivi4j.error.RateLimitedException;
import dev.sivi4j.error.ServerErrorException;
import dev.sivi4j.error.SiviException;
import dev.sivi4j.error.SiviTransportException;
import dev.sivi4j.error.UserNotFoundException;
import dev.sivi4j.transport.vertx.VertxSiviClient;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import java.lang.System.Logger.Level;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP endpoint that gives an end user a Sivi session without ever blocking its event loop.
 *
 * <p>{@code POST /users/:id/session} with {@code {"brandName": "..", "brandDescription": ".."}} logs the
 * user in with that brand (reactivating them if they were deleted less than 15 days ago), caps their
 * credits and answers 200 {@code {"accessToken": "..", "refreshToken": ".."}}. Errors answer {@code
 * {"error": ".."}}: 400 {@code invalid_request} for a bad id or body (with a {@code message}), 402
 * {@code credits_exhausted}, 503 {@code sivi_unavailable} when Sivi failed even after sivi4j's retries,
 * and 502 {@code sivi_error} for any other refusal. Other paths answer 404, other methods 405.
 */
public final class ProvisioningVerticle extends VerticleBase {
  private static final System.Logger LOG = System.getLogger(ProvisioningVerticle.class.getName());
  private static final Pattern SESSION_PATH = Pattern.compile("/users/([^/]+)/session");

  private final VertxSiviClient sivi;
  private final CreditLimit creditLimit;
  private final String host;
  private final int port;
  private @Nullable HttpServer server;

  /**
   * Creates the verticle; deploy it on the Vert.x instance the client was made with.
   *
   * @param sivi the client, shared by every verticle of the application
   * @param creditLimit the credits each user may spend per billing cycle
   * @param host the address to listen on, such as {@code 0.0.0.0} or {@code 127.0.0.1}
   * @param port the port, or 0 for a free one (see {@link #actualPort()})
   */
  public ProvisioningVerticle(VertxSiviClient sivi, CreditLimit creditLimit, String host, int port) {
    this.sivi = Objects.requireNonNull(sivi, "sivi");
    this.creditLimit = Objects.requireNonNull(creditLimit, "creditLimit");
    this.host = Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535 (was " + port + ")");
    }
    this.port = port;
  }

  /**
   * Starts listening.
   *
   * @return completes once the server is bound
   */
  @Override
  public Future<?> start() {
    return vertx.createHttpServer()
        .requestHandler(this::handle)
        .listen(port, host)
        .onSuccess(listening -> server = listening);
  }

  /**
   * The port the endpoint listens on.
   *
   * @return the bound port
   * @throws IllegalStateException if the verticle has not started
   */
  public int actualPort() {
    HttpServer listening = server;
    if (listening == null) {
      throw new IllegalStateException("the verticle has not started");
    }
    return listening.actualPort();
  }

  /**
   * Logs the user in with their brand and caps their credits, like the blocking {@code
   * UserProvisioner}, as a chain of futures on the caller's context.
   *
   * @param userId your id for the user
   * @param brand their brand
   * @return the session tokens, or a failed future with a {@link SiviException}
   */
  // README:vertx:start
  public Future<SessionTokens> provision(AbstractUserId userId, Brand brand) {
    LoginUserRequest request = LoginUserRequest.builder(userId).brand(brand).build();
    return sivi.loginUser(request)
        .recover(failure -> failure instanceof UserNotFoundException   // deleted less than 15 days ago
            ? sivi.reactivateUser(userId).compose(reactivated -> sivi.loginUser(request))
            : Future.failedFuture(failure))
        .compose(login -> sivi.setCreditLimit(userId, creditLimit)  // cap before the tokens leave
            .map(capped -> login.tokens()));
  }
  // README:vertx:end

  private void handle(HttpServerRequest request) {
    Matcher path = SESSION_PATH.matcher(request.path());
    if (!path.matches()) {
      reply(request, 404, new JsonObject().put("error", "not_found"));
    } else if (request.method() != HttpMethod.POST) {
      request.response().putHeader("Allow", "POST");
      reply(request, 405, new JsonObject().put("error", "method_not_allowed"));
    } else {
      // A thrown IllegalArgumentException fails the composed future; it is answered like Sivi's errors.
      request.body()
          .compose(body -> provision(userId(path.group(1)), brand(body)))
          .onSuccess(tokens -> reply(request, 200, new JsonObject()
              .put("accessToken", tokens.accessToken())
              .put("refreshToken", tokens.refreshToken())))
          .onFailure(failure -> replyFailure(request, failure));
    }
  }

  private static AbstractUserId userId(String pathSegment) {
    // In a path '+' is a plus, not a space; URLDecoder would read it as a space.
    return AbstractUserId.of(URLDecoder.decode(pathSegment.replace("+", "%2B"), StandardCharsets.UTF_8));
  }

  private static Brand brand(Buffer body) {
    Object json;
    try {
      json = Json.decodeValue(body);
    } catch (DecodeException notJson) {
      throw new IllegalArgumentException("the body must be JSON", notJson);
    }
    if (!(json instanceof JsonObject object)) {
      throw new IllegalArgumentException("the body must be a JSON object");
    }
    return Brand.builder(text(object, "brandName"), text(object, "brandDescription")).build();
  }

  private static String text(JsonObject json, String field) {
    if (json.getValue(field) instanceof String value) {
      return value;
    }
    throw new IllegalArgumentException(field + " must be a string");
  }

  private static void replyFailure(HttpServerRequest request, Throwable failure) {
    if (failure instanceof IllegalArgumentException) {
      reply(request, 400, new JsonObject().put("error", "invalid_request").put("message", failure.getMessage()));
    } else if (failure instanceof CreditLimitExceededException) {
      reply(request, 402, new JsonObject().put("error", "credits_exhausted"));
    } else if (failure instanceof SiviTransportException
        || failure instanceof ServerErrorException
        || failure instanceof RateLimitedException) {
      LOG.log(Level.WARNING, "Sivi is unavailable", failure);
      reply(request, 503, new JsonObject().put("error", "sivi_unavailable"));
    } else if (failure instanceof SiviException) {
      LOG.log(Level.ERROR, "Sivi refused to provision a user", failure);
      reply(request, 502, new JsonObject().put("error", "sivi_error"));
    } else {
      LOG.log(Level.ERROR, "provisioning failed", failure);
      reply(request, 500, new JsonObject().put("error", "internal"));
    }
  }

  private static void reply(HttpServerRequest request, int status, JsonObject json) {
    request.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json")
        .putHeader("Cache-Control", "no-store")   // session tokens are credentials
        .end(json.toBuffer());
  }
}
