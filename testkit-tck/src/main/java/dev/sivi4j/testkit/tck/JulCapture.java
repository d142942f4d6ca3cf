package dev.sivi4j.testkit.tck;

import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** A JUL handler on the root logger, at every level, that hands each record to the canary watch. */
final class JulCapture extends Handler implements AutoCloseable {
  private final Logger root;
  private final Level previousLevel;
  private final Formatter formatter = new SimpleFormatter();

  private JulCapture(Logger root) {
    this.root = root;
    this.previousLevel = root.getLevel();
    setLevel(Level.ALL);
  }

  static JulCapture install() {
    Logger root = Logger.getLogger("");
    JulCapture capture = new JulCapture(root);
    // The root's own handlers keep their levels, so the console shows no more than before.
    root.setLevel(Level.ALL);
    root.addHandler(capture);
    return capture;
  }

  @Override
  public void publish(LogRecord record) {
    String name = record.getLoggerName() == null ? "" : record.getLoggerName();
    Canary.scanLogLine(name, formatter.formatMessage(record), record.getThrown());
    Object[] parameters = record.getParameters();
    if (parameters != null) {
      // A parameter the pattern does not use is not printed by this formatter, but may be by another.
      for (Object parameter : parameters) {
        Canary.scan("log parameter " + name, String.valueOf(parameter));
      }
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    root.removeHandler(this);
    root.setLevel(previousLevel);
  }
}
