package dev.sivi4j.cli;

import com.google.gson.JsonObject;
import dev.sivi4j.SiviClient;
import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.ExportRequest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sivi export}: writes what an end user created in a range as JSON Lines, one record per
 * variant, media item or content snippet, to a file or stdout; shows progress when a person watches.
 */
@Command(name = "export", description = "Export an end user's designs, media and content as JSON Lines (enterprise admin key).")
final class ExportCommand extends UserCommand {
  @Option(names = "--from", required = true, paramLabel = "DATE", description = "Start, inclusive: 2026-01-31 or an ISO instant.")
  String from = "";

  @Option(names = "--to", required = true, paramLabel = "DATE", description = "End, exclusive: 2026-03-01 or an ISO instant.")
  String to = "";

  @Option(names = "--window-days", paramLabel = "DAYS", defaultValue = "30", description = "Days per request, 1 to 90 (default ${DEFAULT-VALUE}).")
  int windowDays;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of stdout.")
  @Nullable Path out;

  ExportCommand(Terminal terminal) {
    super(terminal);
  }

  @Override
  void act(SiviClient client, AbstractUserId id) throws IOException {
    if (windowDays < 1 || windowDays > 90) {
      throw new IllegalArgumentException("--window-days must be between 1 and 90 (was " + windowDays + ")");
    }
    ExportRequest request =
        new ExportRequest(id, instant(from, "--from"), instant(to, "--to"), Duration.ofDays(windowDays));
    long windows = Math.max(1, -Math.floorDiv(-Duration.between(request.start(), request.end()).toSeconds(), request.windowSize().toSeconds()));
    Progress progress = new Progress(terminal, windows, out != null && terminal.interactive());
    try (Writer sink = out == null ? new NonClosing(terminal.out()) : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        BufferedWriter lines = new BufferedWriter(sink)) {
      Iterator<ExportPage> pages = client.exportData(request).iterator();
      while (pages.hasNext()) {
        ExportPage page = pages.next();
        for (JsonObject record : Json.exportRecords(page)) {
          lines.write(record.toString());
          lines.newLine();
        }
        progress.page(page);
      }
    }
    progress.done(out);
  }

  static Instant instant(String text, String option) {
    try {
      return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " must be a date like 2026-01-31 or an ISO instant (was '" + text + "')", e);
    }
  }

  /** Counts what was written; draws a progress line on stderr only for a person. */
  private static final class Progress {
    private final Terminal terminal;
    private final long windows;
    private final boolean visible;
    private long pages;
    private long records;

    Progress(Terminal terminal, long windows, boolean visible) {
      this.terminal = terminal;
      this.windows = windows;
      this.visible = visible;
    }

    void page(ExportPage page) {
      pages++;
      records += page.variants().size() + page.media().size() + page.content().size();
      if (visible) {
        terminal.err().print("\rexporting: window " + Math.min(pages, windows) + " of ~" + windows + ", " + records + " records");
        terminal.err().flush();
      }
    }

    void done(@Nullable Path file) {
      if (visible) {
        terminal.err().println();
      }
      if (file != null) {
        terminal.err().println("Exported " + records + " records from " + pages + " windows to " + file);
      }
    }
  }

  /** Lets the JSON Lines writer close without closing stdout. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(PrintWriter out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
