package dev.sivi4j.spi;

/** How a call ended, by the family of the exception it failed with. */
public enum CallOutcome {
  /** The call succeeded. */
  SUCCESS,
  /** The service answered with an error status ({@link dev.sivi4j.error.SiviApiException}). */
  API_ERROR,
  /** No answer came in time ({@link dev.sivi4j.error.SiviTimeoutException}). */
  TIMEOUT,
  /** No answer came ({@link dev.sivi4j.error.SiviTransportException} other than a timeout). */
  TRANSPORT_ERROR,
  /** An answer came that could not be read ({@link dev.sivi4j.error.SiviResponseException}). */
  RESPONSE_ERROR,
  /** The caller cancelled the call. */
  CANCELLED
}
