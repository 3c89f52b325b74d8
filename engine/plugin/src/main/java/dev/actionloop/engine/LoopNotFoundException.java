package dev.actionloop.engine;

/** No gated task with this id exists (HTTP 404). */
public class LoopNotFoundException extends LoopException {
  public LoopNotFoundException(String message) {
    super(message);
  }
}
