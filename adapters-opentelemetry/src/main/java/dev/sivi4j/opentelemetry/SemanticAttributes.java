package dev.sivi4j.opentelemetry;

import io.opentelemetry.api.common.AttributeKey;

/** The attribute keys sivi4j sets: the HTTP client semantic conventions', and its own. */
final class SemanticAttributes {
  static final AttributeKey<String> HTTP_REQUEST_METHOD = AttributeKey.stringKey("http.request.method");
  static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<Long> HTTP_REQUEST_RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
  static final AttributeKey<Long> HTTP_REQUEST_BODY_SIZE = AttributeKey.longKey("http.request.body.size");
  static final AttributeKey<Long> HTTP_RESPONSE_BODY_SIZE = AttributeKey.longKey("http.response.body.size");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
  static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<String> SIVI_OPERATION = AttributeKey.stringKey("sivi.operation");
  static final AttributeKey<Long> SIVI_ENVELOPE_STATUS = AttributeKey.longKey("sivi.envelope.status");
  static final AttributeKey<Long> SIVI_ATTEMPTS = AttributeKey.longKey("sivi.attempts");
  static final AttributeKey<Long> SIVI_RETRY_COUNT = AttributeKey.longKey("sivi.retry_count");
  static final AttributeKey<String> SIVI_OUTCOME = AttributeKey.stringKey("sivi.outcome");
  static final AttributeKey<Long> SIVI_DELAY_MS = AttributeKey.longKey("sivi.delay_ms");
  static final AttributeKey<String> SIVI_REASON = AttributeKey.stringKey("sivi.reason");
  static final AttributeKey<Boolean> SIVI_SERVER_REQUESTED = AttributeKey.booleanKey("sivi.server_requested");

  private SemanticAttributes() {}
}
