package dev.actionloop.model;

/**
 * One entry of a {@code loop:party}: a user, a group, or an expression resolved at runtime (e.g.
 * {@code ${initiator}}).
 *
 * @param kind what the value names
 * @param value the user or group id, or the whole expression text
 */
public record PartyEntry(Kind kind, String value) {

  /** What an entry names. */
  public enum Kind {
    USER("user:"),
    GROUP("group:"),
    EXPRESSION("");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }

    /** The prefix written before the id ({@code user:}, {@code group:}), empty for expressions. */
    public String prefix() {
      return prefix;
    }
  }

  /** The entry as written in a party, e.g. {@code group:it-desk}. */
  @Override
  public String toString() {
    return kind.prefix + value;
  }
}
