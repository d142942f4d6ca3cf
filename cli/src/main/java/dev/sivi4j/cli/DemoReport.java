package dev.sivi4j.cli;

import dev.sivi4j.domain.AbstractUserId;
import dev.sivi4j.domain.AccountAnalysis;
import dev.sivi4j.domain.ExportPage;
import dev.sivi4j.domain.UserLogin;
import dev.sivi4j.testkit.FakeAccount;
import dev.sivi4j.testkit.FakeSivi;
import dev.sivi4j.testkit.Usage;
import dev.sivi4j.testkit.UsageResult;
import java.io.PrintWriter;
import java.util.List;

/** What the demo prints for each step, the same for both clients; also plays the end user's usage. */
final class DemoReport {
  static final long CREDIT_LIMIT = 50;

  private final PrintWriter out;
  private final FakeSivi fake;
  private final FakeAccount account;

  DemoReport(PrintWriter out, FakeSivi fake, FakeAccount account) {
    this.out = out;
    this.fake = fake;
    this.account = account;
  }

  void heading(String client) {
    out.println();
    out.println("== " + client + " ==");
  }

  void loggedIn(UserLogin login) {
    step("login-user", login.user().id() + ": workspace " + login.user().workspaceId() + ", session tokens issued");
  }

  void creditLimitSet() {
    step("set-user-credit-limit", CREDIT_LIMIT + " credits for this billing cycle");
  }

  /** Plays an end user designing in the widget: first within the limit, then beyond it. */
  void useCredits(AbstractUserId id) {
    Usage designing =
        Usage.builder().generatedVariations(12).editedDesigns(3).downloadedDesigns(2).media(4, 8L << 20).contentSnippets(5).credits(20).build();
    UsageResult first = fake.recordUsage(account, id, designing);
    step("end user designs", "12 variations, 3 edits, 2 downloads, 4 media (8 MiB), 5 snippets: " + first.message());
    UsageResult second = fake.recordUsage(account, id, Usage.builder().generatedVariations(40).credits(40).build());
    step("end user designs more", "40 variations costing 40 credits: " + second.status() + " " + second.message());
  }

  void analysis(AbstractUserId id, AccountAnalysis analysis) {
    step("account-analysis", "the last 12 months, oldest first:");
    for (String line : AnalysisTable.render(id.value(), analysis).split("\n")) {
      out.println(("      " + line).stripTrailing());
    }
  }

  void exported(List<ExportPage> pages) {
    long variants = pages.stream().mapToLong(p -> p.variants().size()).sum();
    long media = pages.stream().mapToLong(p -> p.media().size()).sum();
    long content = pages.stream().mapToLong(p -> p.content().size()).sum();
    step("export-data", "last 30 days: " + variants + " variants, " + media + " media, " + content + " content snippets in " + pages.size() + " window(s)");
  }

  void deleted() {
    step("delete-user", "deleted; kept 15 days");
  }

  void reactivated() {
    step("reactivate-user", "reactivated within the window");
  }

  private void step(String what, String detail) {
    out.println(String.format("  %-22s %s", what, detail).stripTrailing());
  }
}
