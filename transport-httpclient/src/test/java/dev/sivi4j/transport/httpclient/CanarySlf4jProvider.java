package dev.sivi4j.transport.httpclient;

import dev.sivi4j.testkit.contract.Canary;
import java.io.Serial;
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
 * The SLF4J back end of this module's tests: every logger at TRACE (HttpClient's wire and header logs
 * included), each line formatted and handed to the canary watch instead of being printed or kept.
 */
public final class CanarySlf4jProvider implements SLF4JServiceProvider {
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new NOPMDCAdapter();
  private final ILoggerFactory loggers = ScanningLogger::new;

  /** Called by SLF4J's service loader. */
  public CanarySlf4jProvider() {}

  @Override
  public ILoggerFactory getLoggerFactory() {
    return loggers;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

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
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String pattern, Object[] arguments, Throwable error) {
      Canary.scanLogLine(name, MessageFormatter.basicArrayFormat(pattern, arguments), error);
      if (arguments != null) {
        for (Object argument : arguments) {
          Canary.scan("log argument " + name, String.valueOf(argument));
        }
      }
    }
  }
}
