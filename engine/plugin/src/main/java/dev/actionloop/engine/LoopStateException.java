package dev.actionloop.engine;

/** The act is not allowed in the loop's current state (HTTP 409). */
public class LoopStateException extends LoopException {
  public LoopStateException(String message) {
    super(message);
  }
}
