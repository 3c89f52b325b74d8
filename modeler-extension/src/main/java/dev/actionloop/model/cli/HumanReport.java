package dev.actionloop.model.cli;

import dev.actionloop.model.validation.Finding;
import dev.actionloop.model.validation.Severity;
import java.io.PrintWriter;
import java.util.List;

/** One line per finding, one line per unreadable file (on stderr), then a summary. */
final class HumanReport implements Report {

  @Override
  public void write(List<FileResult> results, PrintWriter out, PrintWriter err) {
    int errors = 0;
    int warnings = 0;
    int unreadable = 0;
    for (FileResult result : results) {
      if (result.error() != null) {
        unreadable++;
        err.println(result.file() + ": cannot read: " + result.error());
        continue;
      }
      if (result.findings().isEmpty()) {
        out.println(result.file() + ": ok");
      }
      for (Finding finding : result.findings()) {
        if (finding.severity() == Severity.ERROR) {
          errors++;
        } else {
          warnings++;
        }
        out.println(
            result.file()
                + ": "
                + finding.severity().name().toLowerCase(java.util.Locale.ROOT)
                + " "
                + finding.code()
                + " ["
                + finding.elementId()
                + "] "
                + finding.message());
      }
    }
    out.println(
        results.size()
            + plural(results.size(), " file")
            + ", "
            + errors
            + plural(errors, " error")
            + ", "
            + warnings
            + plural(warnings, " warning")
            + ", "
            + unreadable
            + " unreadable");
    err.flush();
    out.flush();
  }

  private static String plural(int count, String word) {
    return count == 1 ? word : word + "s";
  }
}
