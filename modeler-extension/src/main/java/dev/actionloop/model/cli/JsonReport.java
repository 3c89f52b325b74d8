package dev.actionloop.model.cli;

import dev.actionloop.model.validation.Finding;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code {"files": [{"file": ..., "error": ..., "findings": [{"code", "severity", "element",
 * "message"}]}]}} on stdout; unreadable files carry {@code error} instead of findings.
 */
final class JsonReport implements Report {

  @Override
  public void write(List<FileResult> results, PrintWriter out, PrintWriter err) {
    StringBuilder json = new StringBuilder("{\"files\":[");
    for (int i = 0; i < results.size(); i++) {
      FileResult result = results.get(i);
      json.append(i == 0 ? "" : ",").append("{\"file\":").append(quote(result.file().toString()));
      if (result.error() != null) {
        json.append(",\"error\":").append(quote(result.error()));
      }
      json.append(",\"findings\":[");
      for (int j = 0; j < result.findings().size(); j++) {
        Finding f = result.findings().get(j);
        json.append(j == 0 ? "" : ",")
            .append("{\"code\":")
            .append(quote(f.code()))
            .append(",\"severity\":")
            .append(quote(f.severity().name()))
            .append(",\"element\":")
            .append(f.elementId() == null ? "null" : quote(f.elementId()))
            .append(",\"message\":")
            .append(quote(f.message()))
            .append('}');
      }
      json.append("]}");
    }
    out.println(json.append("]}"));
    out.flush();
  }

  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
