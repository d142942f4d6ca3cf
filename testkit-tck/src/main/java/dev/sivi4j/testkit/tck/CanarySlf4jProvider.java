package dev.sivi4j.testkit.tck;

import java.io.Serial;
import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J 2 back end for test suites: every logger is on at every level, TRACE included, and each line
 * (its formatted message, every argument, and the logged exception) goes to {@link Canary#scanLogLine}
 * instead of being printed or kept. sivi4j's own logs go through SLF4J, as do HttpClient's, Vert.x's and
 * Netty's when SLF4J is their back end, so a suite that binds this provider scans all of them.
 *
 * <p>This jar does not register it: binding it here would take over the logging of every project that
 * depends on the testkit. A suite opts in with a test resource, {@code
 * src/test/resources/META-INF/services/org.slf4j.spi.SLF4JServiceProvider}, whose one line is {@code
 * dev.sivi4j.testkit.tck.CanarySlf4jProvider}, and with no other SLF4J provider on its test class
 * path. {@link Canary#logLines(String)} then counts the lines scanned per logger.
 */
public final class CanarySlf4jProvider implements SLF4JServiceProvider {
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();
  private final ILoggerFactory loggers = ScanningLogger::new;

  /** Creates the provider; called by SLF4J's service loader. */
  public CanarySlf4jProvider() {}

  /**
   * The factory of loggers that scan every line.
   *
   * @return the logger factory
   */
  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  /**
   * SLF4J's basic marker factory.
   *
   * @return the marker factory
   */
  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  /**
   * A diagnostic context that keeps nothing.
   *
   * @return the MDC adapter
   */
  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  /**
   * The SLF4J API version this provider is written against.
   *
   * @return {@code 2.0.99}: any SLF4J 2.0 API
   */
  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  /** Nothing to set up: loggers are made on demand. */
  @Override
  public void initialize() {}

  /** A logger with every level on that scans what it is given. */
  private static final class ScanningLogger extends LegacyAbstractLogger {
    @Serial private static final long serialVersionUID = 1L;

    ScanningLogger(String name) {
      this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    protected @Nullable String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level,
        @Nullable Marker marker,
        @Nullable String pattern,
        @Nullable Object @Nullable [] arguments,
        @Nullable Throwable error) {
      Canary.scanLogLine(name, MessageFormatter.basicArrayFormat(pattern, arguments), error);
      if (arguments != null) {
        for (Object argument : arguments) {
          Canary.scan("log argument " + name, String.valueOf(argument));
        }
      }
    }
  }
}
