package dev.actionloop.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the party syntax: comma-separated entries {@code user:<id>}, {@code group:<id>} or one
 * {@code ${...}} / {@code #{...}} expression each. Whether an expression is safe is not checked
 * here (see {@code SafeExpressions}).
 */
public final class Parties {

  /** User and group ids. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]*");

  private Parties() {}

  /**
   * The raw entries, trimmed, empty ones included. A comma inside an expression's braces (outside
   * its string literals) does not separate entries.
   */
  public static List<String> split(String party) {
    List<String> entries = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inExpression = false;
    char quote = 0;
    for (int i = 0; i < party.length(); i++) {
      char c = party.charAt(i);
      if (inExpression && quote != 0) {
        if (c == '\\' && i + 1 < party.length()) {
          current.append(c).append(party.charAt(++i));
          continue;
        }
        quote = c == quote ? 0 : quote;
      } else if (inExpression && (c == '\'' || c == '"')) {
        quote = c;
      } else if (inExpression && c == '}') {
        inExpression = false;
      } else if (!inExpression && (c == '$' || c == '#') && next(party, i) == '{') {
        inExpression = true;
      } else if (!inExpression && c == ',') {
        entries.add(current.toString().trim());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    entries.add(current.toString().trim());
    return entries;
  }

  /** The entry a raw text denotes, or empty when it is malformed. */
  public static Optional<PartyEntry> parseEntry(String raw) {
    for (PartyEntry.Kind kind : List.of(PartyEntry.Kind.USER, PartyEntry.Kind.GROUP)) {
      if (raw.startsWith(kind.prefix())) {
        String id = raw.substring(kind.prefix().length());
        return ID.matcher(id).matches() ? Optional.of(new PartyEntry(kind, id)) : Optional.empty();
      }
    }
    if (isExpression(raw)) {
      return Optional.of(new PartyEntry(PartyEntry.Kind.EXPRESSION, raw));
    }
    return Optional.empty();
  }

  /** The well-formed entries of a party ({@code null} means none); malformed ones are skipped. */
  public static List<PartyEntry> entries(String party) {
    if (party == null) {
      return List.of();
    }
    List<PartyEntry> entries = new ArrayList<>();
    for (String raw : split(party)) {
      parseEntry(raw).ifPresent(entries::add);
    }
    return entries;
  }

  /** Whether the text has the shape of one expression: {@code ${...}} or {@code #{...}}. */
  public static boolean isExpression(String text) {
    return (text.startsWith("${") || text.startsWith("#{")) && text.endsWith("}");
  }

  private static char next(String text, int index) {
    return index + 1 < text.length() ? text.charAt(index + 1) : 0;
  }
}
