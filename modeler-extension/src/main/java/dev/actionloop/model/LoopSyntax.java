package dev.actionloop.model;

import java.util.regex.Pattern;

/**
 * The lexical rules of docs/rules.md that the validator and the engine both apply: ISO-8601
 * durations and condition ids. One definition, so the two can never disagree.
 */
public final class LoopSyntax {

  /** An ISO-8601 duration with weeks, e.g. {@code P2D}, {@code PT4H}, {@code P1W}. */
  public static final Pattern ISO_DURATION =
      Pattern.compile(
          "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$");

  /** The id of a condition of satisfaction. */
  public static final Pattern CONDITION_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

  private LoopSyntax() {}

  /** Whether the text is an ISO-8601 duration; {@code null} is not. */
  public static boolean isIsoDuration(String text) {
    return text != null && ISO_DURATION.matcher(text).matches();
  }

  /** Whether the text is a well-formed condition id; {@code null} is not. */
  public static boolean isConditionId(String text) {
    return text != null && CONDITION_ID.matcher(text).matches();
  }
}
