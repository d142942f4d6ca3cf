package dev.sivi4j.cli;

import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.UsageSummary;
import java.util.ArrayList;
import java.util.List;

/** Account analysis as a readable table. */
final class AnalysisTable {
  private static final String[] HEADINGS = {"period", "generated", "edited", "downloaded", "media", "media size"};

  private AnalysisTable() {}

  static String render(String userId, AccountAnalysis analysis) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADINGS);
    rows.add(row("past year", analysis.yearly()));
    for (int i = 0; i < analysis.monthly().size(); i++) {
      rows.add(row("month " + (i + 1), analysis.monthly().get(i)));
    }
    int[] widths = new int[HEADINGS.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    StringBuilder text = new StringBuilder("Usage of ").append(userId);
    analysis.lastAccessed().ifPresent(when -> text.append(" (last accessed ").append(when).append(')'));
    text.append("\n\n");
    for (String[] row : rows) {
      text.append("  ");
      for (int c = 0; c < row.length; c++) {
        String format = c == 0 || c == row.length - 1 ? "%-" + widths[c] + "s" : "%" + widths[c] + "s";
        text.append(String.format(format, row[c])).append(c == row.length - 1 ? "" : "  ");
      }
      text.setLength(text.toString().stripTrailing().length());
      text.append('\n');
    }
    text.append("\nCredits: ")
        .append(analysis.creditBalance().availableCredits())
        .append(" available, ")
        .append(analysis.creditBalance().usedCredits())
        .append(" used");
    return text.toString();
  }

  private static String[] row(String period, UsageSummary summary) {
    return new String[] {
      period,
      Long.toString(summary.generatedDesignVariations()),
      Long.toString(summary.editedDesigns()),
      Long.toString(summary.downloadedDesigns()),
      Long.toString(summary.media()),
      summary.mediaSize().text()
    };
  }
}
