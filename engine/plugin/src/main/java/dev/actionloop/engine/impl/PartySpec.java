package dev.actionloop.engine.impl;

import dev.actionloop.engine.Party;
import dev.actionloop.model.Parties;
import dev.actionloop.model.PartyEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A party as modelled: {@code user:x, group:y, ${expr}} (docs/rules.md), read with the model
 * module's {@link Parties} so that the engine and the validator split and parse it alike. Resolved
 * to a concrete {@link Party} when a task is created.
 */
record PartySpec(List<String> users, List<String> groups, List<String> expressions) {

  static final PartySpec EMPTY = new PartySpec(List.of(), List.of(), List.of());

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
    for (String entry : Parties.split(text)) {
      PartyEntry parsed =
          Parties.parseEntry(entry)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "party entry '" + entry + "' is not user:<id>, group:<id> or ${...}"));
      switch (parsed.kind()) {
        case USER -> users.add(parsed.value());
        case GROUP -> groups.add(parsed.value());
        case EXPRESSION -> {
          String problem = RestrictedEvaluation.problem(entry);
          if (problem != null) {
            throw new IllegalArgumentException("party expression " + entry + ": " + problem);
          }
          expressions.add(entry);
        }
      }
    }
    return new PartySpec(users, groups, expressions);
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

  /** The party as it would be written in a model, e.g. {@code user:ann, ${initiator}}. */
  String text() {
    List<String> entries = new ArrayList<>();
    users.forEach(u -> entries.add("user:" + u));
    groups.forEach(g -> entries.add("group:" + g));
    entries.addAll(expressions);
    return String.join(", ", entries);
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
      addResolved(RestrictedEvaluation.evaluate(expression, variables), u, g);
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
