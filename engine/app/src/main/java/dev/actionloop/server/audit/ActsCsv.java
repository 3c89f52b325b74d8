package dev.actionloop.server.audit;

import dev.actionloop.engine.Act;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Acts as RFC 4180 CSV. Cells that a spreadsheet would run as a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return) get a leading apostrophe: comments and
 * names come from users.
 */
final class ActsCsv {
  static final String[] HEADER = {
    "sequence",
    "processInstanceId",
    "activityId",
    "taskId",
    "round",
    "type",
    "actor",
    "time",
    "verdicts",
    "comment",
    "modelHash",
    "previousHash",
    "hash"
  };

  private ActsCsv() {}

  static String write(List<Act> acts) throws IOException {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
      for (Act act : acts) {
        csv.printRecord(
            act.sequence(),
            cell(act.processInstanceId()),
            cell(act.activityId()),
            cell(act.taskId()),
            act.round(),
            act.type(),
            cell(act.actor()),
            act.time(),
            cell(verdicts(act.verdicts())),
            cell(act.comment()),
            cell(act.modelHash()),
            cell(act.previousHash()),
            cell(act.hash()));
      }
    }
    return out.toString();
  }

  private static String verdicts(Map<String, Boolean> verdicts) {
    if (verdicts == null || verdicts.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    new TreeMap<>(verdicts)
        .forEach(
            (id, ok) -> text.append(text.isEmpty() ? "" : ";").append(id).append('=').append(ok));
    return text.toString();
  }

  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + value
        : value;
  }
}
