package dev.actionloop.engine;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Base of every refusal by the loop. Nothing was changed when one is thrown. A {@link
 * BadUserRequestException} (itself a {@code ProcessEngineException}), so Camunda logs refusals at
 * debug level instead of as engine errors, and Camunda's REST API answers 400 if it is enabled.
 */
public class LoopException extends BadUserRequestException {
  public LoopException(String message) {
    super(message);
  }
}
