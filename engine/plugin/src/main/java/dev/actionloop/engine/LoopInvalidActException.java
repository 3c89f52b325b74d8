package dev.actionloop.engine;

/** The act is malformed: missing reason, unknown or unmet conditions (HTTP 400). */
public class LoopInvalidActException extends LoopException {
  public LoopInvalidActException(String message) {
    super(message);
  }
}
