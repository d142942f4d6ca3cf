package dev.sivi4j.redis;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPLogger;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * This module's test SLF4J back end: keeps every line sivi4j's loggers write, at INFO and above, so
 * tests can count warnings; every other library's logger is silent.
 */
public final class RecordingLogs implements SLF4JServiceProvider {
  /** One kept line. */
  record Line(String logger, Level level, String message) {}

  private static final List<Line> LINES = new CopyOnWriteArrayList<>();

  /** Loaded by SLF4J. */
  public RecordingLogs() {}

  /** The lines kept so far, at the given level, from loggers starting with {@code prefix}. */
  static long count(String prefix, Level level) {
    return LINES.stream().filter(line -> line.logger.startsWith(prefix) && line.level == level).count();
  }

  static List<Line> lines() {
    return List.copyOf(LINES);
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return name -> name.startsWith("dev.sivi4j") ? new Recording(name) : NOPLogger.NOP_LOGGER;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return new BasicMarkerFactory();
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return new NOPMDCAdapter();
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}

  private static final class Recording extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    Recording(String name) {
      this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
      return false;
    }

    @Override
    public boolean isDebugEnabled() {
      return false;
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
        Level level, Marker marker, String messagePattern, Object[] arguments, Throwable throwable) {
      if (level.toInt() >= Level.INFO.toInt()) {
        LINES.add(new Line(name, level, MessageFormatter.basicArrayFormat(messagePattern, arguments)));
      }
    }
  }
}
