package dev.actionloop.model.validation;

/** A file that cannot be read as a BPMN model; the message is one line an analyst understands. */
public final class UnreadableModelException extends Exception {

  private static final long serialVersionUID = 1L;

  public UnreadableModelException(String message) {
    super(message);
  }
}
