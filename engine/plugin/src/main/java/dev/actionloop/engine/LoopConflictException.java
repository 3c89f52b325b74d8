package dev.actionloop.engine;

/** Another act on the same loop won a race; reload and retry (HTTP 409). */
public class LoopConflictException extends LoopException {
  public LoopConflictException(String message) {
    super(message);
  }
}
