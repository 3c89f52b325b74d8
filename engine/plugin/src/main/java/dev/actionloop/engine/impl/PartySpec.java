package dev.actionloop.engine.impl;

import dev.actionloop.engine.Party;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A party as modelled: {@code user:x, group:y, ${expr}} (docs/rules.md). Resolved to a concrete
 * {@link Party} when a task is created.
 */
record PartySpec(List<String> users, List<String> groups, List<String> expressions) {

  static final PartySpec EMPTY = new PartySpec(List.of(), List.of(), List.of());
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]*");

  PartySpec {
    users = List.copyOf(users);
    groups = List.copyOf(groups);
    expressions = List.copyOf(expressions);
  }

  /**
   * Parses a party attribute.
   *
   * @throws IllegalArgumentException naming the bad entry
   */
  static PartySpec parse(String text) {
    if (text == null || text.isBlank()) {
      return EMPTY;
    }
    List<String> users = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    List<String> expressions = new ArrayList<>();
    for (String entry : splitEntries(text)) {
      String e = entry.trim();
      if (e.startsWith("user:") && ID.matcher(e.substring(5).trim()).matches()) {
        users.add(e.substring(5).trim());
      } else if (e.startsWith("group:") && ID.matcher(e.substring(6).trim()).matches()) {
        groups.add(e.substring(6).trim());
      } else if (SafeExpressions.isExpression(e)) {
        String problem = SafeExpressions.problem(e);
        if (problem != null) {
          throw new IllegalArgumentException("party expression " + e + " " + problem);
        }
        expressions.add(e);
      } else {
        throw new IllegalArgumentException(
            "party entry '" + e + "' is not user:<id>, group:<id> or ${...}");
      }
    }
    return new PartySpec(users, groups, expressions);
  }

  /** Splits at commas outside {@code ${...}}. */
  private static List<String> splitEntries(String text) {
    List<String> entries = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      }
      if (c == ',' && depth == 0) {
        entries.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    entries.add(current.toString());
    return entries;
  }

  PartySpec plus(PartySpec other) {
    List<String> u = new ArrayList<>(users);
    u.addAll(other.users);
    List<String> g = new ArrayList<>(groups);
    g.addAll(other.groups);
    List<String> x = new ArrayList<>(expressions);
    x.addAll(other.expressions);
    return new PartySpec(u, g, x);
  }

  boolean isEmpty() {
    return users.isEmpty() && groups.isEmpty() && expressions.isEmpty();
  }

  /**
   * The concrete users and groups. An expression may yield a user id, {@code "user:x"}, {@code
   * "group:y"}, or a collection of those; {@code null} yields nobody.
   */
  Party resolve(Map<String, Object> variables) {
    Set<String> u = new LinkedHashSet<>(users);
    Set<String> g = new LinkedHashSet<>(groups);
    for (String expression : expressions) {
      addResolved(SafeExpressions.evaluate(expression, variables), u, g);
    }
    return new Party(u, g);
  }

  private static void addResolved(Object value, Set<String> users, Set<String> groups) {
    if (value == null) {
      return;
    }
    if (value instanceof Collection<?> many) {
      many.forEach(v -> addResolved(v, users, groups));
      return;
    }
    for (String part : String.valueOf(value).split(",")) {
      String p = part.trim();
      if (p.startsWith("group:")) {
        groups.add(p.substring(6).trim());
      } else if (p.startsWith("user:")) {
        users.add(p.substring(5).trim());
      } else if (!p.isEmpty()) {
        users.add(p);
      }
    }
  }
}
