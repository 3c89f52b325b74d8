package dev.actionloop.engine;

/** The authenticated user may not perform this act on this loop (HTTP 403). */
public class LoopForbiddenException extends LoopException {
  public LoopForbiddenException(String message) {
    super(message);
  }
}
